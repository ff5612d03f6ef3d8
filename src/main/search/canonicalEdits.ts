/**
 * A document's canonical text stored as edits of its folded text, which the shard holds anyway: most characters
 * of Chinese text fold to themselves, so the canonical text is the folded one plus the characters that folding
 * changed (line breaks, full-width punctuation and digits, brackets). Storing it whole took as much room as the
 * folded text; the edits take about a tenth of it.
 *
 * Edits are pairs of varints: how many units to take unchanged from the folded text, then one canonical unit that
 * folded to something else (it stands for as many folded units as it folds to). A final run has no unit after it.
 */
import { foldedWidth, foldsToItself } from '../../shared/search/fold';
import { ByteReader, ByteWriter } from './varint';

/** The edits that turn `fold(text)` back into `text`. */
export function canonicalEdits(text: string): Uint8Array {
  const out = new ByteWriter(text.length >> 3);
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (foldsToItself(unit)) {
      run++;
      continue;
    }
    out.varint(run);
    out.varint(unit);
    run = 0;
  }
  out.varint(run);
  return out.result();
}

/** Where canonical texts are put together, reused: one code unit at a time into a typed array is far cheaper than
 * strings sliced and joined. */
let units = new Uint16Array(1 << 14);

/** The canonical text from its folded text and edits (`bytes` from `from` to `to`). */
export function applyCanonicalEdits(folded: string, bytes: Uint8Array, from = 0, to = bytes.length): string {
  // Each edit adds at most one unit to the folded text, and takes at least one byte.
  const most = folded.length + (to - from);
  if (units.length < most) units = new Uint16Array(most * 2);
  const reader = new ByteReader(bytes, from, to);
  let n = 0;
  let at = 0;
  while (!reader.atEnd()) {
    const end = Math.min(folded.length, at + reader.varint());
    while (at < end) units[n++] = folded.charCodeAt(at++);
    if (reader.atEnd()) break;
    const unit = reader.varint() & 0xffff;
    units[n++] = unit;
    at += foldedWidth(unit);
  }
  return Buffer.from(units.buffer, 0, n * 2).toString('utf16le');
}
