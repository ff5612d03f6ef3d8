/**
 * The benchmark's two query mixes over a generated corpus: `random` pieces of text, and `real` queries shaped like
 * what people type (titles, words from titles, 文号 in four spellings, two-word AND, very frequent words).
 */
import type { GazetteDocument, ParsedIssue } from '../src/shared/model';
import { documentText } from '../src/shared/model';
import { fold } from '../src/shared/search/fold';
import { random } from './corpus';

/** Characters that are query syntax (quotes, exclusion, fields) or spaces: a generated word must not have them. */
const notAWord = /["“”＂「」『』\s-]|^[+＋－]|[:：]/u;

/** The two query mixes: `random` pieces of text, and `real` queries shaped like what people type. */
export function makeQueries(issues: ParsedIssue[], seed = 7): Record<string, string[]> {
  const rand = random(seed);
  const docs = issues.flatMap((issue) => issue.documents);
  const anyDoc = (): GazetteDocument => docs[Math.floor(rand() * docs.length)] as GazetteDocument;
  const pieceOf = (text: string, length: number): string | null => {
    const start = Math.floor(rand() * Math.max(1, text.length - length));
    const piece = text.slice(start, start + length);
    return piece.length === length && !notAWord.test(piece) ? piece : null;
  };
  const substring = (length: number): string => {
    for (;;) {
      const piece = pieceOf(fold(documentText(anyDoc())), length);
      if (piece) return piece;
    }
  };
  const titleWord = (length: number): string => {
    for (;;) {
      const piece = pieceOf(anyDoc().title.replace(/^关于|的[^的]+$/gu, ''), length);
      if (piece) return piece;
    }
  };
  const docNumber = (i: number): string => {
    const number = anyDoc().docNumber ?? '';
    const spellings = [
      number,
      number.replace('〔', '[').replace('〕', ']'),
      number.replace('〔', '(').replace('〕', ')'),
      number.replace(/\d/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
    ];
    return spellings[i % spellings.length] ?? number;
  };

  const randomMix: string[] = [];
  for (let i = 0; i < 60; i++) randomMix.push(substring(1 + (i % 8)));
  for (let i = 0; i < 20; i++) randomMix.push(`${substring(2 + (i % 3))} ${substring(2 + (i % 4))}`);
  for (let i = 0; i < 20; i++) randomMix.push(docNumber(i));

  const realMix: string[] = [];
  while (realMix.length < 20) {
    const { title } = anyDoc();
    if (!notAWord.test(title)) realMix.push(title);
  }
  for (let i = 0; i < 20; i++) realMix.push(titleWord(2 + (i % 5)));
  for (let i = 0; i < 20; i++) realMix.push(docNumber(i));
  for (let i = 0; i < 20; i++) realMix.push(`${titleWord(2 + (i % 3))} ${titleWord(2 + (i % 2))}`);
  const frequent = ['发展', '工作', '建设'];
  for (let i = 0; i < 20; i++) {
    const word = frequent[i % 3] ?? '';
    realMix.push(i < 9 ? word : `${word} ${frequent[(i + 1) % 3] ?? ''}`);
  }
  return { random: randomMix, real: realMix };
}
