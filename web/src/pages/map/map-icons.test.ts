import { describe, expect, it } from 'vitest';
import { diamondIcon, hexToRgb, squareIcon, triangleSdf } from './map-icons.ts';

const pixel = (icon: { width: number; data: Uint8Array }, x: number, y: number) => {
  const i = (y * icon.width + x) * 4;
  return [...icon.data.slice(i, i + 4)];
};

describe('icons', () => {
  it('reads #rrggbb colours and refuses others', () => {
    expect(hexToRgb('#5b2a86')).toEqual([0x5b, 0x2a, 0x86]);
    expect(() => hexToRgb('red')).toThrow(/rrggbb/);
  });

  it('draws a square: stroke at the edge, fill inside, every pixel opaque', () => {
    const icon = squareIcon(10, '#000010', '#ffffff', 2);
    expect(icon.width).toBe(10);
    expect(icon.data.length).toBe(10 * 10 * 4);
    expect(pixel(icon, 0, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(icon, 1, 5)).toEqual([255, 255, 255, 255]);
    expect(pixel(icon, 5, 5)).toEqual([0, 0, 16, 255]);
  });

  it('draws a diamond: transparent corners, stroke near the edge, fill in the middle', () => {
    const icon = diamondIcon(20, '#b5179e', '#ffffff', 2);
    expect(pixel(icon, 0, 0)[3]).toBe(0);
    expect(pixel(icon, 19, 19)[3]).toBe(0);
    expect(pixel(icon, 10, 10)).toEqual([0xb5, 0x17, 0x9e, 255]);
    expect(pixel(icon, 10, 0)).toEqual([255, 255, 255, 255]);
  });
});

describe('triangleSdf', () => {
  it('holds the distance to the edge in alpha: high inside, 192 on the edge, 0 far outside', () => {
    const icon = triangleSdf(16, 3);
    expect(icon.width).toBe(22);
    const alpha = (x: number, y: number) => icon.data[(y * icon.width + x) * 4 + 3] ?? -1;
    expect(alpha(11, 13)).toBeGreaterThan(192); // inside, below the centre
    expect(alpha(0, 0)).toBe(0); // top-left corner: outside, far from the triangle
    expect(alpha(21, 0)).toBe(0);
    // Along the bottom edge (y = 11 + 6.4), one pixel inside is above 192 and one outside below it.
    expect(alpha(11, 16)).toBeGreaterThan(192);
    expect(alpha(11, 18)).toBeLessThan(192);
  });

  it('points up: wider at the bottom than at the top', () => {
    const icon = triangleSdf(16, 3);
    const insideCount = (y: number) => {
      let n = 0;
      for (let x = 0; x < icon.width; x++) if ((icon.data[(y * icon.width + x) * 4 + 3] ?? 0) > 192) n++;
      return n;
    };
    expect(insideCount(16)).toBeGreaterThan(insideCount(6));
  });
});
