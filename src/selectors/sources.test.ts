import { describe, expect, it } from 'vitest';
import type { HostLists } from '../data/link-class.ts';
import { groupSources, placeSource } from './sources.ts';

const lists: HostLists = { official: ['gov.cn'], media: ['chinanews.com.cn'], encyclopedia: ['wikipedia.org'], deny: [] };

describe('placing a source on a card', () => {
  it('links an official, media or encyclopedia page and names its host', () => {
    expect(placeSource({ publisher: '深圳市人民政府', title: 't', url: 'https://www.sz.gov.cn/a' }, lists)).toMatchObject({ group: 'official', href: 'https://www.sz.gov.cn/a', host: 'www.sz.gov.cn' });
    expect(placeSource({ publisher: '中国新闻网', title: 't', url: 'https://www.chinanews.com.cn/a' }, lists).group).toBe('media');
    expect(placeSource({ publisher: '维基百科', title: 't', url: 'https://zh.wikipedia.org/wiki/x', read_in: 'https://wiki.kfd.me/wiki/x' }, lists)).toMatchObject({
      group: 'encyclopedia',
      copyAt: 'wiki.kfd.me',
    });
  });

  it('never links a copy: it names where it was read as plain text', () => {
    const copy = placeSource({ publisher: '中国新闻网', title: 't', read_in: 'http://admin.richbox.biz:80/x.html' }, lists);
    expect(copy).toMatchObject({ group: 'copy', href: null, copyAt: 'admin.richbox.biz' });
  });

  it('shows a link on no list as a copy unless it states a reason', () => {
    expect(placeSource({ publisher: 'x', title: 't', url: 'https://kfd.me/wiki/x' }, lists)).toMatchObject({ group: 'copy', href: null, copyAt: 'kfd.me' });
    expect(placeSource({ publisher: 'x', title: 't', url: 'https://www.cctat.cn/a', link_reason: 'own article' }, lists)).toMatchObject({ group: 'other', href: 'https://www.cctat.cn/a' });
  });

  it('orders groups official, media, encyclopedia, other, copies', () => {
    const groups = groupSources(
      [
        { publisher: 'a', title: 'copy', read_in: 'http://x.cn/1' },
        { publisher: 'b', title: 'wiki', url: 'https://en.wikipedia.org/wiki/X' },
        { publisher: 'c', title: 'gov', url: 'https://www.gd.gov.cn/1' },
      ],
      lists,
    );
    expect(groups.map((g) => g.group)).toEqual(['official', 'encyclopedia', 'copy']);
  });
});
