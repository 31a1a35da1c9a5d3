import { describe, expect, it } from 'vitest';
import { DATASET_TYPES } from './dataset-contract.ts';
import { OTHER_DATASETS } from './other-datasets.ts';

describe('OTHER_DATASETS', () => {
  it('has a definition for every dataset type but sites, under its own type', () => {
    expect(Object.keys(OTHER_DATASETS).sort()).toEqual(DATASET_TYPES.filter((t) => t !== 'sites').sort());
    for (const [type, definition] of Object.entries(OTHER_DATASETS)) {
      expect(definition.type).toBe(type);
      expect(definition.titleVi).not.toBe('');
      expect(definition.titleEn).not.toBe('');
      for (const f of definition.fields) {
        expect(f.hintVi, `${type}.${f.key}`).not.toBe('');
        expect(definition.fieldOfHeader(f.vi), `${type}: ${f.vi}`).toBe(f.key);
        expect(definition.fieldOfHeader(f.key), `${type}: ${f.key}`).toBe(f.key);
      }
      expect(definition.requiredKeys).toEqual(definition.fields.filter((f) => f.required).map((f) => f.key));
    }
  });

  it('marks only fixed broadband as an operator dataset', () => {
    const operatorTypes = Object.values(OTHER_DATASETS)
      .filter((d) => d.organisationIsOperator)
      .map((d) => d.type);
    expect(operatorTypes).toEqual(['fixed_broadband']);
  });
});
