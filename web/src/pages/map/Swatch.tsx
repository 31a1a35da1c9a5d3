// A legend's sample of how a layer is drawn (decorative: the text beside it says what it is).

export type SwatchShape =
  | 'circle'
  | 'circle-outlined'
  | 'square'
  | 'diamond'
  | 'triangle'
  | 'line'
  | 'line-thick';

export function Swatch({ shape, colour }: { shape: SwatchShape; colour: string }) {
  const line = shape === 'line' || shape === 'line-thick';
  return (
    <span
      className={`explorer-swatch explorer-swatch-${shape}`}
      style={line ? { borderTopColor: colour } : { backgroundColor: colour }}
      aria-hidden="true"
    />
  );
}
