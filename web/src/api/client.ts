import { currentLang } from '../i18n/i18n.tsx';

// Talking to the Hatang API. Every failure becomes an ApiError carrying the server's stable code and its
// message (already in the user's language: Accept-Language is sent), so pages show what the server said.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

let csrfToken: string | null = null;

/** The session's CSRF token, sent on every write (the server refuses a browser write without it). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token for writes made outside apiSend/apiUpload (an XMLHttpRequest upload with progress). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

async function failure(response: Response): Promise<ApiError> {
  try {
    const body: unknown = await response.json();
    if (isRecord(body) && isRecord(body.error) && typeof body.error.code === 'string') {
      const message = typeof body.error.message === 'string' ? body.error.message : body.error.code;
      return new ApiError(response.status, body.error.code, message, body.error.details ?? null);
    }
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  return new ApiError(response.status, `HTTP_${response.status}`, `HTTP ${response.status}`);
}

async function send(path: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('accept-language', currentLang());
  if (init.method && init.method !== 'GET' && csrfToken) headers.set('x-csrf-token', csrfToken);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  } catch (err) {
    if (init.signal?.aborted) throw err;
    throw new ApiError(0, 'NETWORK', err instanceof Error ? err.message : String(err));
  }
  if (!response.ok) throw await failure(response);
  return response;
}

export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await send(path, { method: 'GET', ...(signal ? { signal } : {}) });
  return (await response.json()) as T;
}

/** A JSON write; `null` body sends none. Answers the parsed JSON, or null for 204. */
export async function apiSend<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown): Promise<T> {
  const response = await send(path, {
    method,
    ...(body === null ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return (response.status === 204 ? null : await response.json()) as T;
}

/** A multipart upload (files), with the CSRF header like any write. */
export async function apiUpload<T>(path: string, form: FormData): Promise<T> {
  const response = await send(path, { method: 'POST', body: form });
  return (await response.json()) as T;
}

/** A query string from defined values only. */
export function query(
  params: Readonly<Record<string, string | number | boolean | null | undefined>>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
