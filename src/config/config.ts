import { resolve } from 'node:path';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  port: number;
  host: string;
  /** Folder of the embedded database (PGlite) and other local state. */
  dataDir: string;
  /** A postgres:// URL selects the PostgreSQL engine; null selects the embedded one. */
  databaseUrl: string | null;
  logLevel: LogLevel;
  /** Load the shipped reference data (units, lineage) on start when missing or changed. */
  loadReferenceData: boolean;
  /** Generate and load the synthetic demo inventory on first start (in the background). */
  demoData: boolean;
  /** The built web app to serve (HATANG_WEB_DIR); null = the project's web/dist. */
  webDistDir: string | null;
}

/** Every problem found in the environment, each naming its variable, so one start reports them all. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ (invalid configuration):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the configuration once, at start (see .env.example for each variable). */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const value = (name: string) => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };

  let port = 8080;
  const rawPort = value('PORT');
  if (rawPort !== undefined) {
    port = Number(rawPort);
    if (!/^\d+$/.test(rawPort) || port < 0 || port > 65535) {
      problems.push(`PORT="${rawPort}": cần số cổng từ 0 đến 65535 (expected a port number 0–65535)`);
    }
  }

  const host = value('HOST') ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]+$/.test(host) && host !== '::') {
    problems.push(`HOST="${host}": cần tên máy hoặc địa chỉ IP (expected a host name or IP address)`);
  }

  const databaseUrl = value('DATABASE_URL') ?? null;
  if (databaseUrl !== null) {
    let ok = false;
    try {
      const url = new URL(databaseUrl);
      ok = url.protocol === 'postgres:' || url.protocol === 'postgresql:';
    } catch {
      ok = false;
    }
    if (!ok) {
      problems.push(
        'DATABASE_URL: cần dạng postgres://user:password@host:port/database (expected a postgres:// URL); để trống để dùng CSDL nhúng',
      );
    }
  }

  const rawLevel = value('LOG_LEVEL') ?? 'info';
  const logLevel = LOG_LEVELS.find((l) => l === rawLevel.toLowerCase());
  if (!logLevel) problems.push(`LOG_LEVEL="${rawLevel}": cần một trong ${LOG_LEVELS.join(', ')}`);

  const rawLoad = value('HATANG_LOAD_REFERENCE_DATA') ?? 'true';
  if (rawLoad !== 'true' && rawLoad !== 'false') {
    problems.push(`HATANG_LOAD_REFERENCE_DATA="${rawLoad}": cần true hoặc false`);
  }

  const rawDemo = value('HATANG_DEMO_DATA') ?? 'true';
  if (rawDemo !== 'true' && rawDemo !== 'false') {
    problems.push(`HATANG_DEMO_DATA="${rawDemo}": cần true hoặc false`);
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    dataDir: resolve(value('HATANG_DATA_DIR') ?? './data'),
    databaseUrl,
    logLevel: logLevel ?? 'info',
    loadReferenceData: rawLoad === 'true',
    demoData: rawDemo === 'true',
    webDistDir: value('HATANG_WEB_DIR') ? `${resolve(value('HATANG_WEB_DIR') ?? '')}/` : null,
  };
}
