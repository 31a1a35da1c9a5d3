// Point shapes drawn in memory (the offline style has no sprite to take icons from): a square for data
// centres, a diamond for IT parks and a triangle (a tower) for sites, so layers differ by shape as well
// as colour. The triangle is a signed-distance field, so the map can colour it per operator and halo it.

export interface IconImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export type Rgb = readonly [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [
    Number.parseInt(m[1] ?? '0', 16),
    Number.parseInt(m[2] ?? '0', 16),
    Number.parseInt(m[3] ?? '0', 16),
  ];
}

/**
 * A size×size RGBA image of a shape: `inside(x, y, r)` says whether the pixel centre (relative to the
 * image centre, r = half the size) is in the shape, `border` how many pixels of its edge take the stroke.
 */
function shape(
  size: number,
  fill: Rgb,
  stroke: Rgb,
  border: number,
  distanceInside: (x: number, y: number, r: number) => number,
): IconImage {
  const data = new Uint8Array(size * size * 4);
  const r = size / 2;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const depth = distanceInside(px + 0.5 - r, py + 0.5 - r, r);
      if (depth < 0) continue;
      const colour = depth < border ? stroke : fill;
      const i = (py * size + px) * 4;
      data[i] = colour[0];
      data[i + 1] = colour[1];
      data[i + 2] = colour[2];
      data[i + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

/** A filled square with a stroke of `border` pixels. */
export function squareIcon(size: number, fill: string, stroke: string, border = 2): IconImage {
  return shape(
    size,
    hexToRgb(fill),
    hexToRgb(stroke),
    border,
    (x, y, r) => r - Math.max(Math.abs(x), Math.abs(y)),
  );
}

/** A filled diamond (a square on its corner) with a stroke of about `border` pixels. */
export function diamondIcon(size: number, fill: string, stroke: string, border = 2): IconImage {
  return shape(
    size,
    hexToRgb(fill),
    hexToRgb(stroke),
    border,
    // Distance to the edge |x|+|y| = r, measured across it (÷√2).
    (x, y, r) => (r - (Math.abs(x) + Math.abs(y))) / Math.SQRT2,
  );
}

/**
 * A triangle pointing up as a signed-distance field (MapLibre `sdf: true` images): the alpha channel holds
 * the distance to the edge, 192 on it and 32 steps per pixel (MapLibre's SDF scale: 8 pixels span 0..1),
 * so a halo of up to `padding` pixels can be drawn around it.
 */
export function triangleSdf(size: number, padding = 3): IconImage {
  const full = size + 2 * padding;
  const data = new Uint8Array(full * full * 4);
  const r = size / 2;
  // Vertices around the centre: top, bottom right, bottom left (clockwise on screen, y down).
  const vertices: [number, number][] = [
    [0, -r],
    [r, r * 0.8],
    [-r, r * 0.8],
  ];
  for (let py = 0; py < full; py++) {
    for (let px = 0; px < full; px++) {
      const x = px + 0.5 - full / 2;
      const y = py + 0.5 - full / 2;
      let inside = Infinity;
      for (let i = 0; i < 3; i++) {
        const [ax, ay] = vertices[i] ?? [0, 0];
        const [bx, by] = vertices[(i + 1) % 3] ?? [0, 0];
        const length = Math.hypot(bx - ax, by - ay);
        // Distance to the edge's line, positive on the inner side.
        const d = ((bx - ax) * (y - ay) - (by - ay) * (x - ax)) / length;
        inside = Math.min(inside, d);
      }
      const i = (py * full + px) * 4;
      data[i + 3] = Math.max(0, Math.min(255, Math.round(192 + 32 * inside)));
    }
  }
  return { width: full, height: full, data };
}
