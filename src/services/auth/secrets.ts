import { createHash, randomBytes } from 'node:crypto';

/** A secret for a cookie or an API token: 32 random bytes, base64url. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** What the database keeps of a secret: its SHA-256 (secrets are random, so no salt is needed). */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
