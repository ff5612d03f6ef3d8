/**
 * Tags as a person types them: surrounding and repeated spaces do not make a new tag, and two spellings that
 * search treats as one (full-width/half-width, case) are one tag — the first spelling is kept.
 */
import { fold } from '../search/fold';

export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags) {
    const tidy = tag.trim().replace(/\s+/gu, ' ');
    const folded = fold(tidy);
    if (!folded || seen.has(folded)) continue;
    seen.add(folded);
    result.push(tidy);
  }
  return result;
}
