import { Fragment, type ReactNode } from 'react';
import type { Lang, Msg } from '../../i18n/i18n.tsx';

// A message whose placeholders are elements, not strings: a sentence that names a unit or an indicator
// keeps that name in its own <span lang="vi"> (see components/names.tsx) instead of flattening it to text.

/** Splits "{a} of {b}" into text and the nodes given for a and b; unknown names stay visible. */
export function fillNodes(msg: Msg, lang: Lang, nodes: Readonly<Record<string, ReactNode>>): ReactNode {
  const parts = msg[lang].split(/(\{\w+\})/);
  return parts.map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    const node = name !== undefined && Object.hasOwn(nodes, name) ? nodes[name] : part;
    // The parts of one fixed message never reorder, so their position is a stable key.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    return <Fragment key={i}>{node}</Fragment>;
  });
}
