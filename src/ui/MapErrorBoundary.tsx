import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';

interface Props {
  lang: Lang;
  children: ReactNode;
}

/** If the map view throws while rendering, say so in words instead of leaving a blank page. */
export class MapErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('map view failed', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="load-error" role="alert" data-testid="map-error">
        <h2>{translate(this.props.lang, 'loadFailed')}</h2>
        <p>{this.state.error.message}</p>
      </div>
    );
  }
}
