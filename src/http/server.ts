import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Database } from '../db/database.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import type { Clock } from '../services/clock.ts';
import { createServices, type Services } from '../services/services.ts';
import { createApp } from './app.ts';

export interface ServerOptions {
  database: Database;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  logger?: Logger;
  clock?: Clock;
  webDistDir?: string;
}

export interface RunningServer {
  url: string;
  /** The use cases the server answers with (for jobs started after it, such as the demo load). */
  services: Services;
  close(): Promise<void>;
}

/** Starts the HTTP server on an already migrated and loaded database. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? createLogger('warn');
  const services = createServices(options.database, ...(options.clock ? [options.clock] : []));
  const app = createApp(services, {
    logger,
    ...(options.webDistDir ? { webDistDir: options.webDistDir } : {}),
  });
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch,
        port: options.port ?? 0,
        hostname: host,
        // @hono/node-server 1.19 replaces the global Response with a lightweight one by default; the
        // headers our middleware adds after a route answers (secureHeaders: CSP, nosniff…) were then
        // not sent (measured: every answer of the real server lacked them). Node's own Response keeps them.
        overrideGlobalObjects: false,
      },
      (info: AddressInfo) => {
        const shownHost = host.includes(':') ? `[${host}]` : host;
        resolve({
          url: `http://${shownHost}:${info.port}`,
          services,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
