import { afterEach, describe, expect, it } from 'vitest';
import { linkClass, linkHost } from '../../src/data/link-class.ts';
import { PUBLISHER_HOSTS } from '../../src/data/publisher-hosts.ts';
import { type AtlasPage, openAtlas } from './harness.ts';

let atlas: AtlasPage | null = null;
afterEach(async () => {
  expect(atlas?.offOrigin ?? []).toEqual([]);
  await atlas?.close();
  atlas = null;
});

/** Every link in the detail card, with what it shows beside it, and every copy note. */
async function cardSources(hash: string) {
  atlas = await openAtlas({ hash });
  const card = atlas.page.getByTestId('detail-card');
  await card.getByTestId('card-sources').waitFor();
  const links = await card.locator('.source-list a').evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute('href')!, rel: a.getAttribute('rel'), target: a.getAttribute('target'), host: a.nextElementSibling?.textContent ?? '' })),
  );
  const copies = await card.getByTestId('source-copy').evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', links: el.querySelectorAll('a').length })));
  const copyItems = await card.locator('li[data-group="copy"]').evaluateAll((lis) => lis.map((li) => li.querySelectorAll('a').length));
  return { links, copies, copyItems };
}

const lists = { ...PUBLISHER_HOSTS, deny: [] };

describe('the cards cite originals and link only official, media or encyclopedia pages (issue #22)', () => {
  it.each(['port-luohu', 'proj-c1-49', 'sea-nansha-hamad', 'proj-c2-01'])('%s', async (id) => {
    const { links, copies, copyItems } = await cardSources(`#sel=${id}`);
    for (const link of links) {
      expect(linkClass(link.href, lists), `${id} links ${link.href}`).not.toBeNull();
      expect(link.rel).toBe('noopener noreferrer');
      expect(link.target).toBe('_blank');
      expect(link.host, `the host shown beside ${link.href}`).toBe(linkHost(link.href));
    }
    // A copy says where it was read, as text: no link in the note, none on the copy's line.
    for (const copy of copies) expect(copy.links).toBe(0);
    for (const count of copyItems) expect(count).toBe(0);
    expect(links.length + copies.length).toBeGreaterThan(0);
  });

  it('shows proj-c1-49’s reposted China News story as its original, read in a copy, in Chinese and English', async () => {
    const zh = await cardSources('#sel=proj-c1-49');
    expect(zh.copies.some((c) => /^ · 转载见 [a-z0-9.-]+$/.test(c.text))).toBe(true);
    expect(await atlas!.page.getByTestId('detail-card').textContent()).toContain('中国新闻网');
    await atlas!.close();
    const en = await cardSources('#sel=proj-c1-49&lang=en');
    expect(en.copies.some((c) => /^ · read in a copy at [a-z0-9.-]+$/.test(c.text))).toBe(true);
  });
});
