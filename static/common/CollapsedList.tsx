import type { CSSProperties, ReactNode } from 'react';
import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import { useI18n } from './i18n/I18nProvider';

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
  /** What the list holds, plural, in the viewer's language ("risks"). */
  what: string;
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string;
  listStyle?: CSSProperties;
  testId?: string;
}) {
  const { t } = useI18n();
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
          {open
            ? t('common.showFirst', { count: visible })
            : t('common.showMore', { count: items.length - visible, what })}
        </Button>
      )}
    </div>
  );
}
