import { describe, expect, it } from 'vitest';
import { operatorColourExpression, operatorColours, UNKNOWN_OPERATOR_COLOUR } from './operator-colours.ts';

describe('operatorColours', () => {
  it('gives each operator one colour, the big three first', () => {
    const colours = operatorColours(['VNPT', 'ITEL', 'VIETTEL', 'VNPT', 'MOBIFONE']);
    expect(colours.map((c) => c.operator)).toEqual(['VIETTEL', 'VNPT', 'MOBIFONE', 'ITEL']);
    expect(new Set(colours.map((c) => c.colour)).size).toBe(4);
  });

  it('keeps an operator colour whatever else is in the data (filters must not recolour the map)', () => {
    const alone = operatorColours(['GMOBILE']);
    const together = operatorColours(['VIETTEL', 'VNPT', 'GMOBILE', 'REDDI']);
    expect(together.find((c) => c.operator === 'GMOBILE')?.colour).toBe(alone[0]?.colour);
  });

  it('gives codes outside the known list distinct spare colours, in code order', () => {
    const colours = operatorColours(['ZETA', 'ALPHA', 'VIETTEL']);
    expect(colours.map((c) => c.operator)).toEqual(['VIETTEL', 'ALPHA', 'ZETA']);
    expect(colours[1]?.colour).not.toBe(colours[2]?.colour);
    expect(colours[1]?.colour).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('operatorColourExpression', () => {
  it('matches on the operator with a grey fallback', () => {
    const expr = operatorColourExpression(operatorColours(['VNPT', 'VIETTEL']));
    expect(expr).toEqual([
      'match',
      ['get', 'operator'],
      'VIETTEL',
      '#c8102e',
      'VNPT',
      '#1f5fbf',
      UNKNOWN_OPERATOR_COLOUR,
    ]);
  });

  it('is a plain colour when there is no operator (a match needs at least one pair)', () => {
    expect(operatorColourExpression([])).toBe(UNKNOWN_OPERATOR_COLOUR);
  });
});
