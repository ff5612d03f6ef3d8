/**
 * A document's canonical text stored as edits of its folded text, which the shard holds anyway: most characters
 * of Chinese text fold to themselves, so the canonical text is the folded one plus the characters that folding
 * changed (line breaks, full-width punctuation and digits, brackets). Storing it whole took as much room as the
 * folded text; the edits take about an eighth of it (17 MB for 133 MB of canonical text at 2,000 issues).
 *
 * Edits are pairs of varints: how many units to take unchanged from the folded text, then one canonical unit that
 * folded to something else (it stands for as many folded units as it folds to). A final run has no unit after it.
 */
import { foldedWidth, foldsToItself, type TextSource } from '../../shared/search/fold';
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

/**
 * A canonical text put together from its folded text and edits only as far as it is read: a snippet shows the
 * first matches of a document, and the document is thousands of characters long.
 */
export class CanonicalText implements TextSource {
  private readonly units: Uint16Array;
  private readonly reader: ByteReader;
  /** How many units are put together, where the folded text is read next, and what the edits say next. */
  private done = 0;
  private foldedAt = 0;
  private runLeft = 0;
  private unitNext = false;

  /** `length` is the canonical text's, which the edits add up to (the shard's document list has it). */
  constructor(
    private readonly folded: string,
    readonly length: number,
    private readonly bytes: Uint8Array,
    private readonly from = 0,
    private readonly to = bytes.length,
  ) {
    this.units = new Uint16Array(length);
    this.reader = new ByteReader(bytes, from, to);
  }

  /** fold.ts's walker, stepping over a run of unchanged units at once. */
  walkSourceOffsets(): (foldedPosition: number) => number {
    const reader = new ByteReader(this.bytes, this.from, this.to);
    /** Canonical and folded units before where the walk is. */
    let source = 0;
    let folded = 0;
    let runLeft = 0;
    /** The folded width of a changed unit read but not yet stepped over, or -1. */
    let unitWidth = -1;
    let unitNext = false;
    return (position) => {
      for (;;) {
        if (runLeft > 0) {
          if (position < folded + runLeft) return source + position - folded;
          source += runLeft;
          folded += runLeft;
          runLeft = 0;
        } else if (unitWidth >= 0) {
          if (position < folded + unitWidth) return source;
          folded += unitWidth;
          source++;
          unitWidth = -1;
        } else if (reader.atEnd()) {
          return this.length;
        } else if (unitNext) {
          unitWidth = foldedWidth(reader.varint() & 0xffff);
          unitNext = false;
        } else {
          runLeft = reader.varint();
          unitNext = true;
        }
      }
    };
  }

  charCodeAt(index: number): number {
    if (index >= this.done) this.putTogether(index + 1);
    return this.units[index] ?? Number.NaN;
  }

  slice(start: number, end = this.length): string {
    const from = Math.max(0, Math.min(start, this.length));
    const to = Math.max(from, Math.min(end, this.length));
    this.putTogether(to);
    return Buffer.from(this.units.buffer, from * 2, (to - from) * 2).toString('utf16le');
  }

  private putTogether(count: number): void {
    const { units, folded, reader } = this;
    while (this.done < count) {
      if (this.runLeft > 0) {
        const take = Math.min(this.runLeft, count - this.done);
        for (let i = 0; i < take; i++) units[this.done++] = folded.charCodeAt(this.foldedAt++);
        this.runLeft -= take;
      } else if (reader.atEnd()) {
        return;
      } else if (this.unitNext) {
        const unit = reader.varint() & 0xffff;
        units[this.done++] = unit;
        this.foldedAt += foldedWidth(unit);
        this.unitNext = false;
      } else {
        this.runLeft = reader.varint();
        this.unitNext = true;
      }
    }
  }
}
