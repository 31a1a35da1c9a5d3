import { describe, expect, it } from 'vitest';
import {
  CLUSTER_STEPS,
  COLOURS,
  clusterStep,
  MAP_LAYERS_OF,
  POINT_LAYERS,
  provinceFillColour,
} from './map-layers.ts';

describe('cluster style', () => {
  it('steps radius and colour at 10, 100 and 1,000 sites', () => {
    expect(clusterStep('radius')).toEqual(['step', ['get', 'point_count'], 12, 10, 16, 100, 21, 1000, 27]);
    const colour = clusterStep('colour');
    expect(colour.slice(0, 3)).toEqual(['step', ['get', 'point_count'], CLUSTER_STEPS[0].colour]);
    expect(colour).toHaveLength(3 + 2 * (CLUSTER_STEPS.length - 1));
  });

  it('grows with the count (a bigger group never looks smaller)', () => {
    const radii = CLUSTER_STEPS.map((s) => s.radius);
    expect([...radii].sort((a, b) => a - b)).toEqual(radii);
  });
});

describe('layer bookkeeping', () => {
  it('makes every switchable map layer pointable', () => {
    for (const ids of Object.values(MAP_LAYERS_OF)) for (const id of ids) expect(POINT_LAYERS).toContain(id);
  });
});

describe('provinceFillColour', () => {
  it('greys the other provinces once one is chosen, the hover highlight first', () => {
    expect(provinceFillColour(null)).toEqual([
      'case',
      ['boolean', ['feature-state', 'hover'], false],
      COLOURS.unitHover,
      COLOURS.unitFill,
    ]);
    const chosen = provinceFillColour('19');
    expect(chosen[3]).toEqual(['==', ['get', 'code'], '19']);
    expect(chosen.at(-1)).toBe(COLOURS.otherProvince);
  });
});
