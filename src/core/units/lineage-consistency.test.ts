import { describe, expect, it } from 'vitest';
import { splitCrossProvinceLinks } from './lineage-consistency.ts';

describe('splitCrossProvinceLinks', () => {
  it('drops the one link from another old province (new 11995 Xã Đại Đồng)', () => {
    const links = ['11989', '11995', '11998', '12004', '12010'].map((code) => ({
      link: code,
      oldProvinceCode: '33',
    }));
    const result = splitCrossProvinceLinks([...links, { link: '13219', oldProvinceCode: '34' }]);
    expect(result.dropped).toEqual(['13219']);
    expect(result.kept).toHaveLength(5);
  });

  it('keeps links that all come from one old province', () => {
    const result = splitCrossProvinceLinks([
      { link: 'a', oldProvinceCode: '06' },
      { link: 'b', oldProvinceCode: '06' },
    ]);
    expect(result).toEqual({ kept: ['a', 'b'], dropped: [] });
  });

  it('keeps everything when no province dominates', () => {
    const result = splitCrossProvinceLinks([
      { link: 'a', oldProvinceCode: '06' },
      { link: 'b', oldProvinceCode: '19' },
    ]);
    expect(result).toEqual({ kept: ['a', 'b'], dropped: [] });
  });
});
