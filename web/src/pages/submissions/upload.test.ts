import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { importAnswerOf, type UploadProgress, uploadWithProgress, type XhrLike } from './upload.ts';

/** An XMLHttpRequest stand-in that records what was sent and is driven by the test. */
class FakeXhr implements XhrLike {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  sent: FormData | null = null;
  aborted = false;
  status = 0;
  responseText = '';
  upload: XhrLike['upload'] = { onprogress: null, onload: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.sent = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  answer(status: number, body: string) {
    this.status = status;
    this.responseText = body;
    this.onload?.();
  }
}

const form = () => {
  const f = new FormData();
  f.set('datasetType', 'sites');
  return f;
};

describe('uploadWithProgress', () => {
  it('posts the form with the CSRF and language headers and reports sending, then checking', async () => {
    const xhr = new FakeXhr();
    const seen: UploadProgress[] = [];
    const done = uploadWithProgress('/api/submissions', form(), {
      csrfToken: 'tok',
      lang: 'en',
      onProgress: (p) => seen.push(p),
      createXhr: () => xhr,
    });
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/submissions');
    expect(xhr.headers).toEqual({ 'accept-language': 'en', 'x-csrf-token': 'tok' });
    expect(xhr.sent?.get('datasetType')).toBe('sites');
    xhr.upload.onprogress?.({ loaded: 500, total: 2000, lengthComputable: true });
    xhr.upload.onprogress?.({ loaded: 2000, total: 0, lengthComputable: false });
    xhr.upload.onload?.();
    xhr.answer(422, '{"summary":{},"errorCount":2}');
    await expect(done).resolves.toEqual({ status: 422, body: { summary: {}, errorCount: 2 } });
    expect(seen).toEqual([
      { phase: 'sending', loaded: 500, total: 2000 },
      { phase: 'sending', loaded: 2000, total: null },
      { phase: 'checking', loaded: 0, total: null },
    ]);
  });

  it('sends no CSRF header without a token, and gives a null body for a non-JSON answer', async () => {
    const xhr = new FakeXhr();
    const done = uploadWithProgress('/u', form(), {
      csrfToken: null,
      lang: 'vi',
      onProgress: () => {},
      createXhr: () => xhr,
    });
    expect(xhr.headers).toEqual({ 'accept-language': 'vi' });
    xhr.answer(502, '<html>Bad gateway</html>');
    await expect(done).resolves.toEqual({ status: 502, body: null });
  });

  it('fails as a network error, and stops when cancelled', async () => {
    const broken = new FakeXhr();
    const failed = uploadWithProgress('/u', form(), {
      csrfToken: null,
      lang: 'vi',
      onProgress: () => {},
      createXhr: () => broken,
    });
    broken.onerror?.();
    await expect(failed).rejects.toMatchObject({ code: 'NETWORK', status: 0 });

    const xhr = new FakeXhr();
    const controller = new AbortController();
    const cancelled = uploadWithProgress('/u', form(), {
      csrfToken: null,
      lang: 'vi',
      onProgress: () => {},
      signal: controller.signal,
      createXhr: () => xhr,
    });
    controller.abort();
    expect(xhr.aborted).toBe(true);
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('importAnswerOf', () => {
  it('takes stored, dry-run and refused files as answers', () => {
    for (const status of [200, 201, 422]) {
      expect(importAnswerOf<{ summary: object }>(status, { summary: { rows: 1 } })).toEqual({
        summary: { rows: 1 },
      });
    }
  });

  it('turns the server’s error into an ApiError with its code and message', () => {
    try {
      importAnswerOf(403, { error: { code: 'FORBIDDEN', message: 'Không có quyền', details: { a: 1 } } });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ApiError);
      expect(err).toMatchObject({
        status: 403,
        code: 'FORBIDDEN',
        message: 'Không có quyền',
        details: { a: 1 },
      });
    }
    expect(() => importAnswerOf(413, null)).toThrow(/HTTP 413/);
    // A 422 without a report (a malformed answer) is no answer either.
    expect(() => importAnswerOf(422, { error: { code: 'X', message: 'm' } })).toThrow('m');
  });
});
