import type { ReactNode } from 'react';
import type { LayerId } from './explorer-state.ts';

// The name of what the pointer is over, in HTML next to the pointer (the offline map has no glyphs for
// text layers). Pointer-only: keyboard users get the same names in the table under the map.

export type HoverTarget =
  | {
      readonly kind: 'unit';
      readonly level: 'province' | 'commune';
      readonly code: string;
      readonly fullName: string;
    }
  | { readonly kind: 'cluster'; readonly count: number }
  | { readonly kind: 'point'; readonly layer: LayerId; readonly code: string };

export interface Hover {
  readonly x: number;
  readonly y: number;
  readonly target: HoverTarget;
}

export function HoverLabel({ hover, text }: { hover: Hover; text: (target: HoverTarget) => ReactNode }) {
  return (
    <div
      className="map-hover-label explorer-hover"
      style={{ left: hover.x + 12, top: hover.y + 12 }}
      aria-hidden="true"
    >
      {text(hover.target)}
    </div>
  );
}
