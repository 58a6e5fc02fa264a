import type { ReactNode } from 'react';

/** One column of a table: its title, its width (percent) if fixed, and how it shows an item. */
export interface Column<T> {
  key: string;
  title: string;
  cell: (item: T) => ReactNode;
  width?: number;
}

/**
 * The `head` and `rows` of an Atlaskit DynamicTable, from its columns and the items to list (one
 * row each, keyed by `keyOf`).
 */
export function tableOf<T>(
  columns: readonly Column<T>[],
  items: readonly T[],
  keyOf: (item: T, index: number) => string,
) {
  return {
    head: { cells: columns.map((c) => ({ key: c.key, content: c.title, width: c.width })) },
    rows: items.map((item, index) => ({
      key: keyOf(item, index),
      cells: columns.map((c) => ({ key: c.key, content: c.cell(item) })),
    })),
  };
}
