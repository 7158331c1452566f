/** Basemap colours: muted so that ports, projects and routes drawn on top carry the meaning. */
export interface BasemapTheme {
  sea: string;
  river: string;
  world: string;
  worldLine: string;
  province: string;
  provinceLine: string;
  sar: string;
  sarLine: string;
  city: string;
  cityLine: string;
  label: string;
  labelHalo: string;
  minorLabel: string;
}

export const LIGHT_THEME: BasemapTheme = {
  sea: '#cfe2ec',
  river: '#93bfdc',
  world: '#ecebe5',
  worldLine: '#c6c3b8',
  province: '#e9e7e0',
  provinceLine: '#aca89c',
  sar: '#f3e3c8',
  sarLine: '#b2762a',
  city: '#fbfaf6',
  cityLine: '#a9a396',
  label: '#2f2b25',
  labelHalo: '#ffffff',
  minorLabel: '#6e695f',
};

export const FONT_FAMILY = 'Noto Sans SC';
