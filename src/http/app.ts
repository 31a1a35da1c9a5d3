import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { HatangError } from '../core/errors/error-codes.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { pickLanguage } from '../i18n/messages.ts';
import type { Logger } from '../logging/logger.ts';
import type { Services } from '../services/services.ts';
import { authentication } from './authentication.ts';
import type { AppEnv } from './env.ts';
import { openApiDocument } from './openapi/index.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { inventoryRoutes } from './routes/inventory-routes.ts';
import { mapRoutes } from './routes/map-routes.ts';
import { planRoutes } from './routes/plan-routes.ts';
import { submissionRoutes } from './routes/submission-routes.ts';
import { unitRoutes } from './routes/unit-routes.ts';
import { serveWebApp } from './static-files.ts';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** An uploaded inventory file (`POST /api/submissions`). */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

export interface AppOptions {
  logger: Logger;
  /** Folder of the built web app; default web/dist. */
  webDistDir?: string;
}

/** The whole HTTP surface: JSON API under /api, the web app everywhere else. */
export function createApp(services: Services, options: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    c.set('services', services);
    c.set('requestId', c.req.header('x-request-id')?.slice(0, 64) || randomUUID());
    c.set('language', pickLanguage(c.req.query('lang'), c.req.header('accept-language')));
    await next();
    c.header('x-request-id', c.get('requestId'));
  });

  // Security headers on every answer (OWASP Secure Headers Project). The web app loads nothing from
  // elsewhere (no external tiles or fonts); MapLibre runs its workers from blob: URLs and sets inline
  // styles on the map's elements, and draws into canvases from blob:/data: images.
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        childSrc: ['blob:'],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      // Served over plain HTTP on government intranets too: HSTS is for the TLS proxy in front to set.
      strictTransportSecurity: false,
      referrerPolicy: 'no-referrer',
    }),
  );

  // Who is asking is settled before anything else (issue 5: authentication is checked first, so an
  // anonymous write gets 401 whatever its size or target); it reads no body.
  app.use('/api/*', authentication);

  // Plan files and JSON bodies are small; 10 MB leaves room for a workbook with a large catalogue sheet.
  // An inventory file may be a national operator's whole site list (~80 bytes a row as CSV): 100 MB.
  const limitOf = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new HatangError('PAYLOAD_TOO_LARGE', { max: `${maxSize / 1024 / 1024} MB` });
      },
    });
  const bodyLimitFor = limitOf(MAX_BODY_BYTES);
  const uploadLimit = limitOf(MAX_UPLOAD_BYTES);
  app.use('/api/*', (c, next) =>
    c.req.method === 'POST' && c.req.path === '/api/submissions'
      ? uploadLimit(c, next)
      : bodyLimitFor(c, next),
  );

  app.get('/api/openapi.json', (c) => c.json(openApiDocument));
  app.route('/api', authRoutes);
  app.route('/api', healthRoutes);
  app.route('/api', unitRoutes);
  app.route('/api', planRoutes);
  app.route('/api', inventoryRoutes);
  app.route('/api', mapRoutes);
  app.route('/api', submissionRoutes);

  app.all('/api/*', (c) => {
    throw new HatangError(c.req.method === 'GET' ? 'NOT_FOUND' : 'METHOD_NOT_ALLOWED', {
      path: c.req.path,
      method: c.req.method,
    });
  });

  app.get('*', async (c) => (await serveWebApp(c, options.webDistDir)) ?? c.notFound());

  app.notFound((c) => {
    const error = new HatangError('NOT_FOUND', { path: c.req.path });
    return c.json(
      { error: { code: error.code, message: errorMessage(error, c.get('language') ?? 'vi') } },
      404,
    );
  });

  app.onError((caught, c) => {
    const language = c.get('language') ?? 'vi';
    const err = asUserInputError(caught);
    if (err instanceof HatangError) {
      const details = Object.fromEntries(Object.entries(err.params).filter(([k]) => !/_(vi|en)$/.test(k)));
      return c.json(
        {
          error: {
            code: err.code,
            message: errorMessage(err, language),
            details,
            // The row-level report of a rejected submission: one entry per problem, in the caller's language.
            ...(err.rows.length > 0
              ? { rows: err.rows.map(({ message, ...where }) => ({ ...where, message: message[language] })) }
              : {}),
          },
        },
        err.status as 400,
      );
    }
    // Anything else is our bug, not the user's: log it in full, answer without internals.
    const requestId = c.get('requestId') ?? 'unknown';
    options.logger.error('request failed', { requestId, path: c.req.path, error: err });
    const error = new HatangError('INTERNAL_ERROR', { requestId });
    return c.json({ error: { code: error.code, message: errorMessage(error, language) } }, 500);
  });

  return app;
}

/**
 * Text PostgreSQL cannot store is the sender's input, not our bug: a NUL character (U+0000) in a JSON
 * string or a file cell reaches the database as text and fails there with SQLSTATE 22P05
 * (untranslatable_character) or 22021 (character_not_in_repertoire). Answered 400, never 500; the
 * statement failed, so its transaction changed nothing.
 */
function asUserInputError(error: Error): Error {
  const code = (error as { code?: unknown }).code;
  if (code === '22P05' || code === '22021') {
    return new HatangError('INVALID_BODY', {
      reason_vi:
        'có ký tự không lưu được (ký tự NUL U+0000 hoặc byte không phải chữ); hãy xoá ký tự đó rồi gửi lại',
      reason_en:
        'it holds a character that cannot be stored (NUL U+0000 or a byte that is not text); remove it and send again',
    });
  }
  return error;
}
