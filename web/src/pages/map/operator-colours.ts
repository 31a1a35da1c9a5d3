import type { ExpressionSpecification } from 'maplibre-gl';

// One colour per operator, the same whatever the filter or province (a colour that moved with the data
// would mislead): the known operators have fixed colours, the big three close to their brands so planners
// recognise them at a glance; an operator code outside that list takes the next colour of a spare palette.
// Colour is never the only carrier: the legend, the hover label, the details and the table name the operator.

const FIXED: Readonly<Record<string, string>> = {
  VIETTEL: '#c8102e',
  VNPT: '#1f5fbf',
  MOBIFONE: '#0a8f8f',
  VIETNAMOBILE: '#e69f00',
  GMOBILE: '#7b3fa0',
  ITEL: '#6b8e23',
  REDDI: '#d45fa0',
  OTHER: '#8c564b',
};

/** For operator codes outside FIXED, in code order. */
const PALETTE = ['#3d3d3d', '#b8860b', '#2e8b57', '#5f6fd1'];

/** Points of an operator outside the legend (should not happen: the legend comes from the same data). */
export const UNKNOWN_OPERATOR_COLOUR = '#707070';

export interface OperatorColour {
  readonly operator: string;
  readonly colour: string;
}

/** Each operator present once, fixed brands first then by code, with its colour. */
export function operatorColours(operators: Iterable<string>): OperatorColour[] {
  const unique = [...new Set(operators)];
  const fixedOrder = Object.keys(FIXED);
  unique.sort((a, b) => {
    const ia = fixedOrder.indexOf(a);
    const ib = fixedOrder.indexOf(b);
    if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  let next = 0;
  return unique.map((operator) => {
    const fixed = FIXED[operator];
    if (fixed) return { operator, colour: fixed };
    const colour = PALETTE[next % PALETTE.length] ?? UNKNOWN_OPERATOR_COLOUR;
    next += 1;
    return { operator, colour };
  });
}

/** The circle colour of a site point: a `match` on its operator property. */
export function operatorColourExpression(
  colours: readonly OperatorColour[],
): ExpressionSpecification | string {
  if (colours.length === 0) return UNKNOWN_OPERATOR_COLOUR;
  const pairs = colours.flatMap((c) => [c.operator, c.colour]);
  // The pairs' count is only known at run time, which the expression's tuple type cannot say.
  return [
    'match',
    ['get', 'operator'],
    ...pairs,
    UNKNOWN_OPERATOR_COLOUR,
  ] as unknown as ExpressionSpecification;
}
