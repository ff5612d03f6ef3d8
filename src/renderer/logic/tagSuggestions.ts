/**
 * Autocomplete for a tag being typed: the person's tags that contain what is typed, folded as search folds
 * (full-width/half-width, case), leaving out those the annotation already has; those that start with it first,
 * then by how often they are used.
 */
import type { TagCount } from '../../shared/annotations/annotationTransfer';
import { fold } from '../../shared/search/fold';

export function tagSuggestions(
  tags: readonly TagCount[],
  typed: string,
  taken: readonly string[],
  max = 8,
): TagCount[] {
  const wanted = fold(typed.trim());
  const takenFolded = new Set(taken.map(fold));
  const found = tags
    .map((tag) => ({ tag, folded: fold(tag.tag) }))
    .filter(({ folded }) => !takenFolded.has(folded) && folded.includes(wanted));
  const starts = (folded: string): number => (folded.startsWith(wanted) ? 0 : 1);
  found.sort((a, b) => starts(a.folded) - starts(b.folded) || b.tag.count - a.tag.count);
  return found.slice(0, max).map(({ tag }) => tag);
}
