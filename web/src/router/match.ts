// Matching the app's paths ("/units/:code") against the location. Pure, so it is unit-tested.

export type RouteParams = Readonly<Record<string, string>>;

/** The params of `path` under `pattern`, or null. Segments are compared decoded; `:name` takes one. */
export function matchPath(pattern: string, path: string): RouteParams | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    let h: string;
    try {
      h = decodeURIComponent(have[i] as string);
    } catch {
      return null;
    }
    if (w.startsWith(':')) params[w.slice(1)] = h;
    else if (w !== h) return null;
  }
  return params;
}

/** A path with its params encoded: pathTo('/plans/:code', {code: '36/QĐ-TTg'}) → /plans/36%2FQ%C4%90-TTg. */
export function pathTo(pattern: string, params: RouteParams = {}): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
