import type { RawValue } from '../plans/plan-input.ts';
import type { Message } from './dataset-contract.ts';

/**
 * A GeoJSON feature that gives no point (a LineString, no geometry, bad coordinates) is still a
 * record: the reader (io/datasets/read-dataset-geojson.ts) sets this field to a problem code and
 * leaves out `lon` and `lat`, so the validator, finding the coordinates empty, reports the problem on
 * the row instead of the whole file failing for one line drawn by mistake. The code is a string (a
 * RawValue cannot hold `{ vi, en }`); {@link geometryProblemMessage} words it.
 */
export const GEOMETRY_PROBLEM_FIELD = '_geometryProblem';

/** `NOT_POINT:<type>` (a LineString, a Polygon…), `NO_GEOMETRY`, `BAD_COORDINATES`, `NOT_A_FEATURE`. */
export type GeometryProblem = `NOT_POINT:${string}` | 'NO_GEOMETRY' | 'BAD_COORDINATES' | 'NOT_A_FEATURE';

export function geometryProblemMessage(problem: string): Message {
  if (problem.startsWith('NOT_POINT:')) {
    const type = problem.slice('NOT_POINT:'.length);
    return {
      vi: `Đối tượng có hình học ${type}, không phải điểm (Point): cần đúng một cặp toạ độ kinh độ, vĩ độ.`,
      en: `The feature's geometry is a ${type}, not a Point: one longitude/latitude pair is expected.`,
    };
  }
  if (problem === 'NO_GEOMETRY') {
    return {
      vi: 'Đối tượng không có hình học (geometry) và không có kinh độ, vĩ độ trong thuộc tính.',
      en: 'The feature has no geometry and no longitude/latitude among its properties.',
    };
  }
  if (problem === 'BAD_COORDINATES') {
    return {
      vi: 'Toạ độ của điểm không phải hai số [kinh độ, vĩ độ].',
      en: "The point's coordinates are not two numbers [longitude, latitude].",
    };
  }
  return {
    vi: 'Phần tử này của "features" không phải một đối tượng GeoJSON (Feature).',
    en: 'This element of "features" is not a GeoJSON Feature.',
  };
}

/** The geometry problem of a record, as a message; `null` for a record from any other reader. */
export function geometryProblemOf(fields: Readonly<Record<string, RawValue>>): Message | null {
  const problem = fields[GEOMETRY_PROBLEM_FIELD];
  return typeof problem === 'string' ? geometryProblemMessage(problem) : null;
}
