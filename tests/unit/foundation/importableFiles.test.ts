import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expand } from '../../../src/main/cli/import';
import { isImportable } from '../../../src/shared/importableFiles';
import { tempDirs } from '../../helpers/tempDirs';

const newDir = tempDirs('gazette-importable-');

describe('the importable files', () => {
  it('are text, Markdown, PDF and HTML by extension, in any case', () => {
    const names = ['公报.txt', 'extract.TEXT', 'notes.md', 'saved.Markdown', 'issue.Pdf', 'page.html', 'PAGE.HTM'];
    expect(names.filter(isImportable)).toEqual(names);
  });

  it('are not other files, nor names that merely contain an extension', () => {
    const names = ['report.docx', 'scan.pdf.zip', 'txt', 'notes.md.bak', 'archive.tar.gz', 'page.xhtml.bak'];
    expect(names.filter(isImportable)).toEqual([]);
  });

  it('are the files the gazette command takes from a folder, walking into subfolders', () => {
    const dir = newDir();
    mkdirSync(join(dir, 'sub'));
    for (const name of ['a.txt', 'b.text', 'c.docx', 'sub/d.pdf', 'sub/e.HTM', 'sub/f.png']) {
      writeFileSync(join(dir, name), '');
    }
    expect(expand(Buffer.from(dir))).toEqual([
      join(dir, 'a.txt'),
      join(dir, 'b.text'),
      join(dir, 'sub/d.pdf'),
      join(dir, 'sub/e.HTM'),
    ]);
  });
});
