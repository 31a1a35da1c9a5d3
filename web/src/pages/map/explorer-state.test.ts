import { describe, expect, it } from 'vitest';
import {
  changedParams,
  DEFAULT_LAYERS,
  drawableLayers,
  type ExplorerState,
  listedLayer,
  parseExplorerState,
  serialiseExplorerState,
} from './explorer-state.ts';

const parse = (query: string) => parseExplorerState(new URLSearchParams(query));

describe('parseExplorerState', () => {
  it('gives the defaults for an empty address', () => {
    const state = parse('');
    expect(state.province).toBeNull();
    expect([...state.layers]).toEqual(DEFAULT_LAYERS);
    expect(state.operator).toBeNull();
    expect(state.technology).toBeNull();
    expect(state.coverTech).toBe('4G');
    expect(state.list).toBeNull();
  });

  it('reads every parameter, tolerating case and spaces', () => {
    const state = parse('province=19&layers=villages, GAPS&operator=viettel&tech=5g&cover=3G&list=gaps');
    expect(state).toEqual({
      province: '19',
      layers: new Set(['villages', 'gaps']),
      operator: 'VIETTEL',
      technology: '5G',
      coverTech: '3G',
      list: 'gaps',
    });
  });

  it('drops what it does not understand instead of failing', () => {
    const state = parse('province=Hà%20Nội&layers=sites,towers&tech=6G&cover=LTE&list=roads&operator=a%20b');
    expect(state.province).toBeNull();
    expect([...state.layers]).toEqual(['sites']);
    expect(state.technology).toBeNull();
    expect(state.coverTech).toBe('4G');
    expect(state.list).toBeNull();
    expect(state.operator).toBeNull();
  });

  it('tells "every layer off" (layers=none) from "defaults" (no parameter)', () => {
    expect(parse('layers=none').layers.size).toBe(0);
    expect(parse('layers=').layers.size).toBe(0);
  });
});

describe('serialiseExplorerState', () => {
  it('round-trips a state through the address', () => {
    const query = 'province=01&layers=sites,villages&operator=VNPT&tech=4G&cover=5G&list=villages';
    const state = parse(query);
    const params = serialiseExplorerState(state);
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== null) search.set(k, v);
    expect(parseExplorerState(search)).toEqual(state);
  });

  it('leaves defaults out of the address and writes "none" for no layers', () => {
    expect(serialiseExplorerState(parse(''))).toEqual({
      province: null,
      layers: null,
      operator: null,
      tech: null,
      cover: null,
      list: null,
    });
    expect(serialiseExplorerState({ ...parse(''), layers: new Set() }).layers).toBe('none');
  });

  it('writes layers in a fixed order whatever the order of choice', () => {
    const state = { ...parse(''), layers: new Set(['itparks', 'sites'] as const) };
    expect(serialiseExplorerState(state).layers).toBe('sites,itparks');
  });
});

describe('changedParams', () => {
  it('lists only the parameters a change touches', () => {
    const before = parse('province=19&tech=4G');
    const after: ExplorerState = { ...before, province: '01', technology: null };
    expect(changedParams(before, after)).toEqual([
      ['province', '01'],
      ['tech', null],
    ]);
    expect(changedParams(before, { ...before })).toEqual([]);
  });
});

describe('drawableLayers and listedLayer', () => {
  it('needs a province for sites and villages, and the right to see sites', () => {
    const national = parse('layers=sites,villages,gaps,datacentres');
    expect(drawableLayers(national, true)).toEqual(['datacentres']);
    const province = parse('province=19&layers=sites,villages,gaps,datacentres');
    expect(drawableLayers(province, true)).toEqual(['sites', 'villages', 'gaps', 'datacentres']);
    expect(drawableLayers(province, false)).toEqual(['villages', 'gaps', 'datacentres']);
  });

  it('lists the chosen layer when visible, else the first visible one', () => {
    const state = parse('province=19&list=gaps');
    expect(listedLayer(state, ['sites', 'gaps'])).toBe('gaps');
    expect(listedLayer(state, ['sites', 'itparks'])).toBe('sites');
    expect(listedLayer(state, [])).toBeNull();
  });
});
