import { describe, expect, it } from 'vitest';
import type { IssueSummary } from '../../../src/shared/api';
import { groupIssues } from '../../../src/renderer/logic/libraryGroups';

const issue = (id: string, year: number | null, number: string | null, titles: string[]): IssueSummary => ({
  id,
  gazette: '济南市人民政府公报',
  year,
  number,
  fileName: `${id}.txt`,
  importedAt: '2023-01-01T00:00:00Z',
  documents: titles.map((title, index) => ({
    id: `${id}-${index}`,
    title,
    docNumber: index === 0 ? '济政发〔2022〕7号' : null,
    issuer: '济南市人民政府',
    signedOn: null,
    genre: null,
  })),
});

const library = [
  issue('a', 2021, '3', ['关于甲的通知']),
  issue('b', null, null, ['无年份的文件']),
  issue('c', 2022, '5', ['关于乙的意见', '关于丙的通知']),
  issue('d', 2022, '12/13', ['关于丁的预案']),
];

describe('groupIssues', () => {
  it('groups by year, newest first, unknown year last; within a year the later issue first', () => {
    const groups = groupIssues(library, '');
    expect(groups.map((group) => group.year)).toEqual([2022, 2021, null]);
    expect(groups[0]?.issues.map((entry) => entry.issue.id)).toEqual(['d', 'c']);
  });

  it('keeps only matching documents, matching folded text', () => {
    const groups = groupIssues(library, '丙');
    expect(groups.map((group) => group.issues.map((entry) => entry.documents.map((d) => d.title)))).toEqual([
      [['关于丙的通知']],
    ]);
    expect(groupIssues(library, '济政发[2022]7号').flatMap((g) => g.issues)).toHaveLength(4);
  });

  it('keeps a whole issue when the filter matches the issue itself', () => {
    const groups = groupIssues(library, '12/13');
    expect(groups[0]?.issues[0]?.documents).toHaveLength(1);
    expect(groupIssues(library, '第五期不存在')).toEqual([]);
  });
});
