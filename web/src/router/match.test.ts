import { describe, expect, it } from 'vitest';
import { matchPath, pathTo } from './match.ts';

describe('matchPath', () => {
  it('takes named segments and decodes them', () => {
    expect(matchPath('/units/:code', '/units/19')).toEqual({ code: '19' });
    expect(matchPath('/plans/:code', '/plans/36%2FQ%C4%90-TTg')).toEqual({ code: '36/QĐ-TTg' });
  });
  it('needs the same number of segments and equal literals', () => {
    expect(matchPath('/units/:code', '/units')).toBeNull();
    expect(matchPath('/units/:code', '/units/19/x')).toBeNull();
    expect(matchPath('/plans', '/units')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
  });
  it('refuses a malformed escape instead of throwing', () => {
    expect(matchPath('/units/:code', '/units/%E0%A4%A')).toBeNull();
  });
  it('builds a path that matches back', () => {
    const path = pathTo('/plans/:code', { code: '36/QĐ-TTg' });
    expect(path).toBe('/plans/36%2FQ%C4%90-TTg');
    expect(matchPath('/plans/:code', path)).toEqual({ code: '36/QĐ-TTg' });
  });
});
