import { describe, expect, it } from 'vitest';
import type { TocEntry } from '../../../src/shared/model';
import { initiallyExpanded, tocKey, tocPathAt } from '../../../src/renderer/logic/tocLookup';

const entry = (label: string, start: number, children: TocEntry[] = []): TocEntry => ({
  level: label.startsWith('（') ? 2 : 1,
  label,
  text: '',
  blockIndex: start,
  start,
  children,
});

const toc = [entry('一、', 100), entry('二、', 200, [entry('（一）', 220), entry('（二）', 300)]), entry('三、', 400)];

describe('tocPathAt', () => {
  it('is empty before the first heading', () => {
    expect(tocPathAt(toc, 50)).toEqual([]);
  });

  it('follows the sections down to the deepest one holding the offset', () => {
    expect(tocPathAt(toc, 100).map((e) => e.label)).toEqual(['一、']);
    expect(tocPathAt(toc, 210).map((e) => e.label)).toEqual(['二、']);
    expect(tocPathAt(toc, 250).map((e) => e.label)).toEqual(['二、', '（一）']);
    expect(tocPathAt(toc, 399).map((e) => e.label)).toEqual(['二、', '（二）']);
    expect(tocPathAt(toc, 10_000).map((e) => e.label)).toEqual(['三、']);
  });
});

describe('initiallyExpanded', () => {
  it('opens the top-level entries that have children', () => {
    expect([...initiallyExpanded(toc)]).toEqual([tocKey(toc[1] as TocEntry)]);
  });
});
