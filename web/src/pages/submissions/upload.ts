import { ApiError } from '../../api/client.ts';

// A file upload that reports how much has been sent. fetch() gives no upload progress, XMLHttpRequest
// does; a province's XLSX over a slow office line takes long enough for a bar to matter. After the last
// byte the server still reads and validates the file: that phase is reported as "checking".

export type UploadPhase = 'sending' | 'checking';

export interface UploadProgress {
  readonly phase: UploadPhase;
  readonly loaded: number;
  /** null when the browser cannot tell the size. */
  readonly total: number | null;
}

/** The part of XMLHttpRequest used here (tests hand in a fake). */
export interface XhrLike {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: FormData): void;
  abort(): void;
  readonly status: number;
  readonly responseText: string;
  readonly upload: {
    onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null;
    onload: (() => void) | null;
  };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}

export interface UploadOptions {
  readonly csrfToken: string | null;
  readonly lang: string;
  onProgress(progress: UploadProgress): void;
  readonly signal?: AbortSignal;
  /** Default: a real XMLHttpRequest. */
  readonly createXhr?: () => XhrLike;
}

/** The HTTP status and parsed JSON body (null when the body is not JSON), whatever the status. */
export function uploadWithProgress(
  url: string,
  form: FormData,
  options: UploadOptions,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = options.createXhr ? options.createXhr() : (new XMLHttpRequest() as unknown as XhrLike);
    xhr.open('POST', url);
    // The same headers apiSend adds: the server refuses a session's write without its CSRF token, and
    // answers its messages in the page's language.
    xhr.setRequestHeader('accept-language', options.lang);
    if (options.csrfToken) xhr.setRequestHeader('x-csrf-token', options.csrfToken);
    xhr.upload.onprogress = (e) => {
      options.onProgress({ phase: 'sending', loaded: e.loaded, total: e.lengthComputable ? e.total : null });
    };
    xhr.upload.onload = () => {
      options.onProgress({ phase: 'checking', loaded: 0, total: null });
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // A proxy's HTML page: the status alone will have to say it.
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'network error'));
    xhr.onabort = () => reject(new DOMException('upload cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The upload's outcome: the import answer (stored 201, dry run 200, refused row by row 422: the file's
 * report either way), or the server's error as an ApiError (wrong type, not allowed, file too large…).
 */
export function importAnswerOf<T>(status: number, body: unknown): T {
  if ((status === 200 || status === 201 || status === 422) && isRecord(body) && 'summary' in body) {
    return body as T;
  }
  if (isRecord(body) && isRecord(body.error) && typeof body.error.code === 'string') {
    const message = typeof body.error.message === 'string' ? body.error.message : body.error.code;
    throw new ApiError(status, body.error.code, message, body.error.details ?? null);
  }
  throw new ApiError(status, `HTTP_${status}`, `HTTP ${status}`);
}
