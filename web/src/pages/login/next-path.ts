// Where the sign-in page sends the user afterwards. `?next=` comes from the address bar, so anyone can
// craft it: only a path of this site is followed (an absolute URL, `//host` or `/\host` would make the
// sign-in page an open redirect to another site).

/** `raw` when it is a local path other than the sign-in page itself, else null. */
export function localNext(raw: string | null | undefined, loginPath = '/login'): string | null {
  if (!raw?.startsWith('/')) return null;
  const second = raw.charAt(1);
  // Browsers read "//host" and "/\host" as another host.
  if (second === '/' || second === '\\') return null;
  // Control characters (a tab or newline inside "/\t/host") are dropped by URL parsers, which would
  // turn the rest into "//host".
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return null;
  }
  const path = raw.split(/[?#]/, 1)[0] ?? '';
  if (path === loginPath || path === `${loginPath}/`) return null;
  return raw;
}

/** The page after signing in: the requested one, else the submissions for those who work on them. */
export function afterSignIn(next: string | null | undefined, worksOnSubmissions: boolean): string {
  return localNext(next) ?? (worksOnSubmissions ? '/submissions' : '/');
}

/** The sign-in address that comes back to `path` (with its query) afterwards. */
export function signInPath(path: string, search = ''): string {
  const back = `${path}${search && !search.startsWith('?') ? `?${search}` : search}`;
  return `/login?next=${encodeURIComponent(back)}`;
}
