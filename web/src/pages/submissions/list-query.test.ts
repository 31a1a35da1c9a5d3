import { describe, expect, it } from 'vitest';
import { listPath, pageCount, readFilters, statusParam } from './list-query.ts';

const params = (text: string) => new URLSearchParams(text);

describe('readFilters', () => {
  it('starts reviewers on what awaits review, others on everything', () => {
    expect(readFilters(params(''), true).status).toBe('submitted');
    expect(readFilters(params(''), false).status).toBeNull();
    expect(readFilters(params('status=all'), true).status).toBeNull();
    expect(readFilters(params('status=draft'), true).status).toBe('draft');
  });

  it('ignores values the API would refuse', () => {
    expect(readFilters(params('status=deleted&datasetType=towers&page=-3'), false)).toEqual({
      status: null,
      datasetType: null,
      organisation: null,
      page: 1,
    });
    expect(readFilters(params('datasetType=demo&organisation=%20VNPT%20&page=3'), false)).toEqual({
      status: null,
      datasetType: 'demo',
      organisation: 'VNPT',
      page: 3,
    });
  });
});

describe('listPath', () => {
  it('asks the API for one page with the filters set', () => {
    expect(listPath({ status: 'submitted', datasetType: 'sites', organisation: 'VIETTEL', page: 2 })).toBe(
      '/api/submissions?status=submitted&datasetType=sites&organisation=VIETTEL&limit=50&offset=50',
    );
    expect(listPath({ status: null, datasetType: null, organisation: null, page: 1 })).toBe(
      '/api/submissions?limit=50&offset=0',
    );
  });
});

describe('statusParam', () => {
  it('keeps the address short for the default and says "all" when a reviewer leaves it', () => {
    expect(statusParam('submitted', true)).toBeNull();
    expect(statusParam(null, true)).toBe('all');
    expect(statusParam(null, false)).toBeNull();
    expect(statusParam('approved', false)).toBe('approved');
    expect(statusParam('submitted', false)).toBe('submitted');
  });
  it('round-trips through readFilters', () => {
    for (const reviewer of [true, false]) {
      for (const status of ['submitted', 'draft', null] as const) {
        const value = statusParam(status, reviewer);
        const search = params(value === null ? '' : `status=${value}`);
        expect(readFilters(search, reviewer).status).toBe(status);
      }
    }
  });
});

describe('pageCount', () => {
  it('has at least one page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
  });
});
