import type { Language } from '../i18n/messages.ts';
import type { Services } from '../services/services.ts';
import type { Identity } from './authentication.ts';

/** What every request handler can read from the Hono context. */
export interface AppEnv {
  Variables: {
    services: Services;
    language: Language;
    requestId: string;
    identity: Identity;
  };
}
