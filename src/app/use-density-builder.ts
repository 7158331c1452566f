import { useEffect, useState } from 'react';

type DensityModule = typeof import('../layers/density-layer.ts');

/** The density view's layer builder, loaded the first time a user asks for it (deck.gl aggregation layers are large). */
export function useDensityBuilder(wanted: boolean): DensityModule['densityLayer'] | null {
  const [module, setModule] = useState<DensityModule | null>(null);
  useEffect(() => {
    if (wanted && !module) import('../layers/density-layer.ts').then(setModule, (error: Error) => console.error(error.message));
  }, [wanted, module]);
  return module?.densityLayer ?? null;
}
