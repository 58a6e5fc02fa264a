import type { CSSProperties, ReactNode } from 'react';
import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';

/**
 * A list that shows its first `visible` items and, when it holds more, a button saying how many
 * more ("Show 9 more risks") that opens the rest (and closes them again), keyboard usable.
 */
export function CollapsedList<T>({
  items,
  visible = 3,
  what,
  render,
  keyOf,
  listStyle,
  testId,
}: {
  items: readonly T[];
  visible?: number;
  what: string;
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string;
  listStyle?: CSSProperties;
  testId?: string;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const collapsible = items.length > visible;
  const shown = collapsible && !open ? items.slice(0, visible) : items;
  return (
    <div data-testid={testId}>
      <ul id={listId} style={listStyle}>
        {shown.map((item) => (
          <li key={keyOf(item)}>{render(item)}</li>
        ))}
      </ul>
      {collapsible && (
        <Button
          appearance="subtle"
          spacing="compact"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? `Show the first ${visible}` : `Show ${items.length - visible} more ${what}`}
        </Button>
      )}
    </div>
  );
}
