import type { Context } from 'hono';
import { HatangError } from '../core/errors/error-codes.ts';
import type { RawPlanSubmission, RawRecord, RawValue } from '../core/plans/plan-input.ts';
import { PlanFileError } from '../io/plans/plan-file-error.ts';
import { readPlanFile } from '../io/plans/read-plan-file.ts';
import { readPlanJson } from '../io/plans/read-plan-json.ts';
import type { AppEnv } from './env.ts';

function fileError(error: unknown, code: 'INVALID_BODY' | 'INVALID_FILE'): never {
  if (error instanceof PlanFileError) {
    throw new HatangError(code, {
      reason_vi: error.localized.vi,
      reason_en: error.localized.en,
      problem: error.code,
    });
  }
  throw error;
}

function requireJson(c: Context<AppEnv>): void {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('json'))
    throw new HatangError('UNSUPPORTED_MEDIA_TYPE', { expected: 'application/json' });
}

/** A whole plan as a JSON body: `{ "plan": {…}, "targets": [ … ] }` (the JSON plan file format). */
export async function readPlanSubmission(c: Context<AppEnv>): Promise<RawPlanSubmission> {
  requireJson(c);
  try {
    return readPlanJson(await c.req.text());
  } catch (error) {
    return fileError(error, 'INVALID_BODY');
  }
}

/** One record (a target or an observation) as a flat JSON object; nested values arrive as text, to be refused by the validator. */
export async function readRecord(c: Context<AppEnv>): Promise<RawRecord> {
  requireJson(c);
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch (error) {
    throw new HatangError('INVALID_BODY', {
      reason_vi: `không phải JSON hợp lệ (${(error as Error).message})`,
      reason_en: `not valid JSON (${(error as Error).message})`,
    });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HatangError('INVALID_BODY', {
      reason_vi: 'cần một đối tượng JSON { … }',
      reason_en: 'expected a JSON object { … }',
    });
  }
  const fields: Record<string, RawValue> = {};
  for (const [key, value] of Object.entries(body)) {
    fields[key] =
      value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : JSON.stringify(value);
  }
  return { location: { row: 1 }, fields };
}

/**
 * A plan file upload: multipart/form-data with a `file` field (XLSX or JSON), or the file itself as
 * the body with its content type. Unreadable files are refused with what is wrong with them.
 */
export async function readUploadedPlan(c: Context<AppEnv>): Promise<RawPlanSubmission> {
  const type = c.req.header('content-type') ?? '';
  let name = 'upload';
  let bytes: Uint8Array;
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) {
      throw new HatangError('INVALID_BODY', {
        reason_vi: 'thiếu trường "file" chứa tệp kế hoạch (.xlsx hoặc .json)',
        reason_en: 'the "file" field with the plan file (.xlsx or .json) is missing',
      });
    }
    name = file.name;
    bytes = new Uint8Array(await file.arrayBuffer());
  } else {
    bytes = new Uint8Array(await c.req.arrayBuffer());
    if (type.includes('json') && !name.endsWith('.json')) name = `${name}.json`;
  }
  try {
    return await readPlanFile(name, bytes);
  } catch (error) {
    return fileError(error, 'INVALID_FILE');
  }
}
