import type { Page } from 'playwright-core';

/**
 * Checks of what a phone shows, run inside the page: how much of the screen the map has, text too small to
 * read, targets too small to tap. Each returns what it found wrong, named so a failure says where.
 */

/** The share of the viewport's height whose rows are mostly map (not header, timeline or a sheet over it). */
export function mapHeightShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = document.querySelector('[data-testid="map"]')!;
    const step = 4;
    const columns = 12;
    let mapRows = 0;
    for (let y = step / 2; y < innerHeight; y += step) {
      let hits = 0;
      for (let i = 0; i < columns; i++) {
        const hit = document.elementFromPoint(((i + 0.5) / columns) * innerWidth, y);
        if (hit instanceof HTMLCanvasElement && map.contains(hit)) hits++;
      }
      if (hits >= columns / 2) mapRows++;
    }
    return (mapRows * step) / innerHeight;
  });
}

/** Visible text drawn under 12 px (Lighthouse's legible-font-size audit: each text node's computed size). */
export function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const element = node.parentElement;
      if (!text || !element || !element.checkVisibility({ visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) continue; // visually hidden: read by screen readers, not drawn
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < 12) found.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} ${size}px "${text.slice(0, 24)}"`);
    }
    return found;
  });
}

/**
 * Visible controls smaller than 24 × 24 px. A box or radio inside a label is tapped through its label, so
 * the label's box counts; a link inside a sentence is exempt (WCAG 2.2's inline exception).
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [role=option], [tabindex="0"]');
    for (const control of controls) {
      if (!control.checkVisibility({ visibilityProperty: true })) continue;
      const target = (control instanceof HTMLInputElement && control.closest('label')) || control;
      const box = target.getBoundingClientRect();
      if (box.width < 2 && box.height < 2) continue; // visually hidden
      if (control instanceof HTMLAnchorElement && inSentence(control)) continue;
      if (box.width < 23.5 || box.height < 23.5) {
        const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 20);
        const testId = control.getAttribute('data-testid');
        found.push(`${control.tagName.toLowerCase()}${testId ? `[${testId}]` : ''}.${[...control.classList].join('.')} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return found;

    function inSentence(link: HTMLElement): boolean {
      const parent = link.parentElement;
      return Boolean(parent && [...parent.childNodes].some((n) => n !== link && n.nodeType === Node.TEXT_NODE && n.textContent!.trim().length > 1));
    }
  });
}
