import { ICON_SIZE, markerDrawing, type MarkerPart, type MarkerStyle } from '../layers/marker-icons.ts';

function Part({ part }: { part: MarkerPart }) {
  return (
    <path
      d={part.d}
      fill={part.fill ?? 'none'}
      fillOpacity={part.fillOpacity}
      stroke={part.stroke}
      strokeWidth={part.stroke ? (part.strokeWidth ?? 1) : undefined}
      strokeOpacity={part.strokeOpacity}
      strokeDasharray={part.dash?.join(' ')}
      strokeLinecap={part.roundCap ? 'round' : undefined}
    />
  );
}

/**
 * The map's own marker, reused in the legend, lists and cards so they always look alike. Inline SVG,
 * not an <img> of an SVG file: the browser would make each distinct image a document of its own.
 */
export function MarkerIcon({ style, size = 22 }: { style: MarkerStyle; size?: number }) {
  const { parts, opacity, badge } = markerDrawing(style);
  return (
    <svg className="marker-icon" width={size} height={size} viewBox={`0 0 ${ICON_SIZE} ${ICON_SIZE}`} aria-hidden="true" focusable="false">
      <g opacity={opacity < 1 ? opacity : undefined}>
        {parts.map((part, i) => (
          <Part key={i} part={part} />
        ))}
      </g>
      {badge.map((part, i) => (
        <Part key={`badge-${i}`} part={part} />
      ))}
    </svg>
  );
}
