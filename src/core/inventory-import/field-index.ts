import type { FieldSpec } from './dataset-contract.ts';
import { headerKey } from './site-fields.ts';

/**
 * Header → field for any dataset's column list, folded as the sites dataset folds its headers
 * (`headerKey`: units in parentheses, diacritics, case, spaces and punctuation dropped), so `Mã thôn
 * (*)` from the template, `MA_THON` from an export and `Mã thôn` from a hand-made sheet all name the
 * same field.
 */

/** A column spec without spelling out the object (the optional `list` left out when there is none). */
export function fieldSpec<K extends string>(
  key: K,
  vi: string,
  en: string,
  required: boolean,
  hintVi: string,
  aliases: string[],
  list?: readonly string[],
): FieldSpec<K> {
  const spec: FieldSpec<K> = { key, vi, en, aliases, required, hintVi };
  if (list !== undefined) spec.list = list;
  return spec;
}

/**
 * The field a header names, however spelled, or `null`. Candidates rank as in site-fields (the
 * canonical key, then the label, then aliases in order); when two fields claim one folded header the
 * first field listed keeps it — `headerCollisions` lets a test make sure that never happens.
 */
export function fieldOfHeaderFor<K extends string>(
  fields: readonly FieldSpec<K>[],
): (header: string) => K | null {
  const index = new Map<string, K>();
  for (const spec of fields) {
    for (const name of [spec.key, spec.vi, ...spec.aliases]) {
      const key = headerKey(name);
      if (!index.has(key)) index.set(key, spec.key);
    }
  }
  return (header) => index.get(headerKey(header)) ?? null;
}

/** Folded headers that two different fields both claim (a mistake in a field list). */
export function headerCollisions<K extends string>(fields: readonly FieldSpec<K>[]): string[] {
  const owner = new Map<string, K>();
  const clashes: string[] = [];
  for (const spec of fields) {
    for (const name of [spec.key, spec.vi, ...spec.aliases]) {
      const key = headerKey(name);
      const first = owner.get(key);
      if (first === undefined) owner.set(key, spec.key);
      else if (first !== spec.key) clashes.push(`${name}: ${first} / ${spec.key}`);
    }
  }
  return clashes;
}

/** The fields marked required: a file without their columns is refused. */
export const requiredKeysOf = <K extends string>(fields: readonly FieldSpec<K>[]): K[] =>
  fields.filter((f) => f.required).map((f) => f.key);
