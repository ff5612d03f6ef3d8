/**
 * A run of canonical text with its decorations: a person's highlights as nested <mark>s carrying only their ids (so
 * an overlap shows both colours and each stays clickable), search hits as a <mark> inside them (drawn on top, so a
 * highlight never hides a hit), cited 发文字号 as links, run-in headings.
 */
import type { ReactNode } from 'react';
import { splitIntoSegments, type Decoration } from '../logic/textSegments';
import { strings } from '../strings';

interface Props {
  text: string;
  /** Canonical offset of `text`'s first character. */
  base: number;
  decorations: readonly Decoration[];
  onFollowReference: (docId: string) => void;
}

function highlightClass(highlight: Decoration): string {
  const style = highlight.style === 'underline' ? ' hl-underline' : '';
  return `hl hl-${highlight.color ?? 'yellow'}${style}${highlight.flash === true ? ' hl-flash' : ''}`;
}

export function DocumentText({ text, base, decorations, onFollowReference }: Props): ReactNode {
  if (decorations.length === 0) return text;
  return splitIntoSegments(base, base + text.length, decorations).map((segment) => {
    let node: ReactNode = text.slice(segment.start - base, segment.end - base);
    const hit = segment.decorations.find((d) => d.kind === 'hit' || d.kind === 'currentHit');
    const current = segment.decorations.some((d) => d.kind === 'currentHit');
    const reference = segment.decorations.find((d) => d.kind === 'reference');
    const runIn = segment.decorations.find((d) => d.kind === 'runIn');
    if (hit) {
      node = (
        <mark className={current ? 'hit hit-current' : 'hit'} data-hit-start={hit.start}>
          {node}
        </mark>
      );
    }
    // Outermost first: the highlight that starts earlier wraps the ones that start inside it.
    for (const highlight of segment.decorations.filter((d) => d.kind === 'highlight').reverse()) {
      node = (
        <mark
          className={highlightClass(highlight)}
          data-annotation-id={highlight.annotationId}
          data-note-number={segment.end === highlight.end ? highlight.noteNumber : undefined}
        >
          {node}
        </mark>
      );
    }
    if (reference?.targetDocId !== undefined) {
      const target = reference.targetDocId;
      node = (
        <a
          className="reference"
          href={`#${target}`}
          title={strings.openReference(text.slice(reference.start - base, reference.end - base))}
          onClick={(event) => {
            event.preventDefault();
            onFollowReference(target);
          }}
        >
          {node}
        </a>
      );
    }
    if (runIn) node = <span className={`run-in run-in-${runIn.level ?? 2}`}>{node}</span>;
    return <span key={segment.start}>{node}</span>;
  });
}
