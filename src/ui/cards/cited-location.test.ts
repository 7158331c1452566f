import { describe, expect, it } from 'vitest';
import { citedLocationText } from './cited-location.ts';

const cited = {
  lon: 113.54389,
  lat: 22.14056,
  source: { publisher: 'Wikipedia (Japanese)', title: '横琴口岸', date: '2026-01', url: 'https://example.org/never-shown', read_in: 'mirror.example/横琴口岸' },
};

describe('the cited coordinate on a port card', () => {
  it('names publisher, title, date and the point, and the copy as plain text, in both languages', () => {
    expect(citedLocationText(cited, 'zh')).toBe('Wikipedia (Japanese)《横琴口岸》 2026-01 · 22.1406°N 113.5439°E（阅于副本 mirror.example/横琴口岸）');
    expect(citedLocationText(cited, 'en')).toBe('Wikipedia (Japanese), “横琴口岸”, 2026-01 · 22.1406°N 113.5439°E (read in a copy at mirror.example/横琴口岸)');
  });

  it('never carries the address, and leaves out what the source does not state', () => {
    const bare = { ...cited, source: { publisher: 'OurAirports', title: 'airports.csv: ZGSZ' } };
    expect(citedLocationText(bare, 'en')).toBe('OurAirports, “airports.csv: ZGSZ” · 22.1406°N 113.5439°E');
    expect(citedLocationText(cited, 'en')).not.toContain('example.org');
    expect(citedLocationText(undefined, 'zh')).toBeNull();
  });
});
