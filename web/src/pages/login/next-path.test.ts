import { describe, expect, it } from 'vitest';
import { afterSignIn, localNext, signInPath } from './next-path.ts';

describe('localNext', () => {
  it('keeps paths of this site, with their query and fragment', () => {
    expect(localNext('/submissions/12')).toBe('/submissions/12');
    expect(localNext('/gaps?unit=19&tech=5G#list')).toBe('/gaps?unit=19&tech=5G#list');
    expect(localNext('/')).toBe('/');
  });

  it('refuses other sites and schemes (no open redirect)', () => {
    expect(localNext('https://evil.example/')).toBeNull();
    expect(localNext('//evil.example/')).toBeNull();
    expect(localNext('/\\evil.example/')).toBeNull();
    expect(localNext('javascript:alert(1)')).toBeNull();
    expect(localNext('/\t/evil.example')).toBeNull();
    expect(localNext('submissions')).toBeNull();
  });

  it('refuses empty values and the sign-in page itself (no loop)', () => {
    expect(localNext(null)).toBeNull();
    expect(localNext(undefined)).toBeNull();
    expect(localNext('')).toBeNull();
    expect(localNext('/login')).toBeNull();
    expect(localNext('/login?next=/x')).toBeNull();
  });
});

describe('afterSignIn', () => {
  it('follows a local next', () => {
    expect(afterSignIn('/plans', false)).toBe('/plans');
  });
  it('else sends those who submit or review to the submissions, others to the overview', () => {
    expect(afterSignIn(null, true)).toBe('/submissions');
    expect(afterSignIn('//evil.example', true)).toBe('/submissions');
    expect(afterSignIn(undefined, false)).toBe('/');
  });
});

describe('signInPath', () => {
  it('carries the page and its query, encoded', () => {
    expect(signInPath('/submissions/new', '?datasetType=sites')).toBe(
      '/login?next=%2Fsubmissions%2Fnew%3FdatasetType%3Dsites',
    );
    expect(signInPath('/submissions')).toBe('/login?next=%2Fsubmissions');
    expect(signInPath('/x', 'a=1')).toBe('/login?next=%2Fx%3Fa%3D1');
  });
  it('round-trips through localNext', () => {
    const next = new URLSearchParams(signInPath('/submissions/4', '?x=1').split('?')[1]).get('next');
    expect(localNext(next)).toBe('/submissions/4?x=1');
  });
});
