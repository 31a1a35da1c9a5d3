import { type FieldSpec, PLAN_FIELDS, TARGET_FIELDS } from '../../core/plans/plan-fields.ts';
import type { RawPlanSubmission, RawRecord, RawValue } from '../../core/plans/plan-input.ts';
import { labelResolver } from './field-labels.ts';
import { PlanFileError } from './plan-file-error.ts';

const EXPECTED =
  '{ "plan": { "code": …, "titleVi": …, … }, "targets": [ { "indicator": …, "comparator": …, … } ] }';

/** Position of a JSON syntax error: from V8's message, else the shortest prefix that fails before its end. */
function errorPosition(text: string, message: string): number {
  const stated = /at position (\d+)/.exec(message);
  if (stated) return Number(stated[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  // "Unexpected token 'x', "…" is not valid JSON" names no position. A prefix that stops before the
  // bad character fails only at its end (or parses), so the failure point is found by bisection.
  const failsInside = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      const m = error instanceof Error ? error.message : '';
      const at = /at position (\d+)/.exec(m);
      if (at) return Number(at[1]) < length;
      return !/Unexpected end of JSON input/.test(m);
    }
  };
  let low = 1;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (failsInside(mid)) high = mid;
    else low = mid + 1;
  }
  return low - 1;
}

function syntaxError(text: string, error: unknown): PlanFileError {
  const message = error instanceof Error ? error.message : String(error);
  const position = Math.max(0, Math.min(errorPosition(text, message), text.length));
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  const near = JSON.stringify(text.slice(Math.max(0, position - 20), position + 20));
  return new PlanFileError(
    'NOT_JSON',
    {
      vi: `Tệp JSON sai cú pháp ở dòng ${line}, cột ${column} (vị trí ${position}), gần ${near}: ${message}`,
      en: `Invalid JSON at line ${line}, column ${column} (position ${position}), near ${near}: ${message}`,
    },
    { cause: error },
  );
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function kindOf(value: unknown): { vi: string; en: string } {
  if (value === undefined) return { vi: 'không có', en: 'missing' };
  if (value === null) return { vi: 'null', en: 'null' };
  if (Array.isArray(value)) return { vi: 'một mảng', en: 'an array' };
  if (typeof value === 'object') return { vi: 'một đối tượng', en: 'an object' };
  return { vi: `kiểu ${typeof value}`, en: `a ${typeof value}` };
}

function badShape(path: string, expected: { vi: string; en: string }, found: unknown): PlanFileError {
  const kind = kindOf(found);
  return new PlanFileError('BAD_SHAPE', {
    vi: `JSON không đúng dạng: "${path}" cần là ${expected.vi}, nhưng là ${kind.vi}. Dạng cần có: ${EXPECTED}`,
    en: `JSON has the wrong shape: "${path}" must be ${expected.en}, but is ${kind.en}. Expected: ${EXPECTED}`,
  });
}

/** Scalars pass through; a nested object or array becomes its JSON text, which no field accepts. */
function toRaw(value: unknown): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** Properties by field key; names are matched like column labels (`Mã chỉ tiêu`, `indicator`, `Indicator code`). */
function toFields(object: Record<string, unknown>, fields: readonly FieldSpec[]): Record<string, RawValue> {
  const resolve = labelResolver(fields);
  const out: Record<string, RawValue> = {};
  for (const [name, value] of Object.entries(object)) {
    const key = resolve(name);
    if (key !== null && !(key in out)) out[key] = toRaw(value);
  }
  return out;
}

/**
 * Reads a plan JSON file (`{ "plan": {…}, "targets": [ … ] }`, the field keys of PLAN_FIELDS and
 * TARGET_FIELDS) into a raw submission. The plan is at row 0, the n-th target at row n. Throws only
 * {@link PlanFileError}: NOT_JSON for a syntax error (with line and column), BAD_SHAPE otherwise.
 */
export function readPlanJson(text: string): RawPlanSubmission {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') {
    throw new PlanFileError('EMPTY', { vi: 'Tệp JSON rỗng.', en: 'The JSON file is empty.' });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    throw syntaxError(source, error);
  }
  const object = { vi: 'một đối tượng', en: 'an object' };
  if (!isObject(parsed)) throw badShape('$', object, parsed);
  if (!isObject(parsed.plan)) throw badShape('$.plan', object, parsed.plan);
  const list = parsed.targets ?? [];
  if (!Array.isArray(list)) throw badShape('$.targets', { vi: 'một mảng', en: 'an array' }, list);
  const targets: RawRecord[] = list.map((item: unknown, i) => {
    if (!isObject(item)) throw badShape(`$.targets[${i}]`, object, item);
    return { location: { row: i + 1 }, fields: toFields(item, TARGET_FIELDS) };
  });
  return { plan: { location: { row: 0 }, fields: toFields(parsed.plan, PLAN_FIELDS) }, targets };
}
