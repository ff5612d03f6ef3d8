import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../src/shared/api';
import { searchStateFor, type SearchAnswer, type SearchRequest } from '../../../src/renderer/logic/searchState';

const noFilters = {};
const response: SearchResponse = { total: 1, hits: [] };
const answered = (request: SearchRequest): SearchAnswer => ({
  request,
  state: { state: 'done', query: request.query, response, stale: false },
});

describe('searchStateFor', () => {
  it('shows the answer for what is typed as current', () => {
    const typed = { query: '土壤', filters: noFilters };
    expect(searchStateFor(typed, answered(typed))).toEqual({
      state: 'done',
      query: '土壤',
      response,
      stale: false,
    });
  });

  it('marks the previous results stale while a new query is pending', () => {
    const earlier = answered({ query: '土壤', filters: noFilters });
    expect(searchStateFor({ query: '土壤普查', filters: noFilters }, earlier)).toEqual({
      state: 'done',
      query: '土壤',
      response,
      stale: true,
    });
  });

  it('marks them stale when only a filter changed', () => {
    const earlier = answered({ query: '土壤', filters: noFilters });
    const state = searchStateFor({ query: '土壤', filters: { year: 2022 } }, earlier);
    expect(state).toMatchObject({ state: 'done', stale: true });
  });

  it('says 正在搜索 when there is nothing earlier to show, and nothing for an empty box', () => {
    expect(searchStateFor({ query: '土壤', filters: noFilters }, null)).toEqual({ state: 'searching', query: '土壤' });
    const failed: SearchAnswer = {
      request: { query: '土', filters: noFilters },
      state: { state: 'failed', query: '土', message: '出错' },
    };
    expect(searchStateFor({ query: '土壤', filters: noFilters }, failed)).toEqual({
      state: 'searching',
      query: '土壤',
    });
    expect(searchStateFor({ query: '', filters: noFilters }, answered({ query: '土', filters: noFilters }))).toEqual({
      state: 'idle',
    });
  });
});
