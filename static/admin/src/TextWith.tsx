import { Fragment } from 'react';
import type { ReactNode } from 'react';

/**
 * A translated sentence with elements in it: each `{name}` placeholder that `parts` names is
 * replaced by that element (a `<code>` sample, a strong word), wherever the language puts it.
 * Call `t` without values for such a key, so that its placeholders come through.
 */
export function TextWith({ text, parts }: { text: string; parts: Record<string, ReactNode> }) {
  const pieces = text.split(/(\{\w+\})/);
  return (
    <>
      {pieces.map((piece, i) => {
        const name = /^\{(\w+)\}$/.exec(piece)?.[1];
        return (
          <Fragment key={i}>{name !== undefined && name in parts ? parts[name] : piece}</Fragment>
        );
      })}
    </>
  );
}
