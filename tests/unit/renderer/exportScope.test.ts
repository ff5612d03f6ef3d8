/** The 导出批注 dialog's 范围: what it offers, what it opens with, and the export request of each choice. */
import { describe, expect, it } from 'vitest';
import { availableScopes, initialScope, scopeRequest } from '../../../src/renderer/logic/exportScope';

const reading = { currentDocId: 'doc-7', selectedDocIds: [] };
const fromMyNotes = { currentDocId: null, selectedDocIds: ['doc-1', 'doc-2'] };

describe('the export scope', () => {
  it('offers 当前文件 only with a document open and 选定的文件 only with documents chosen', () => {
    expect(availableScopes(reading)).toEqual(['current', 'tag', 'all']);
    expect(availableScopes(fromMyNotes)).toEqual(['selected', 'tag', 'all']);
    expect(availableScopes({ currentDocId: 'doc-7', selectedDocIds: ['doc-1'] })).toEqual([
      'current',
      'selected',
      'tag',
      'all',
    ]);
    expect(availableScopes({ currentDocId: null, selectedDocIds: [] })).toEqual(['tag', 'all']);
  });

  it('opens with what it was asked for, else the open document, else everything', () => {
    expect(initialScope({ tag: '待办' }, 'doc-7')).toBe('tag');
    expect(initialScope({ docIds: ['doc-1', 'doc-2'] }, 'doc-7')).toBe('selected');
    expect(initialScope({ docIds: ['doc-7'] }, 'doc-7')).toBe('current');
    expect(initialScope({ docIds: ['doc-1'] }, 'doc-7')).toBe('selected');
    expect(initialScope(undefined, 'doc-7')).toBe('current');
    expect(initialScope({}, null)).toBe('all');
  });

  it('asks the export for the documents, the tag, or everything', () => {
    expect(scopeRequest('current', '', reading)).toEqual({ docIds: ['doc-7'] });
    expect(scopeRequest('selected', '', fromMyNotes)).toEqual({ docIds: ['doc-1', 'doc-2'] });
    expect(scopeRequest('tag', '待办', reading)).toEqual({ tag: '待办' });
    expect(scopeRequest('all', '待办', reading)).toEqual({});
  });

  it('cannot export a tag scope without a tag, or 当前文件 with no document open', () => {
    expect(scopeRequest('tag', '  ', reading)).toBeNull();
    expect(scopeRequest('current', '', fromMyNotes)).toBeNull();
    expect(scopeRequest('selected', '', reading)).toBeNull();
  });
});
