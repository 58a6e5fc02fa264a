import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { row } from './styles';

/**
 * The question asked before something that is recorded for good (an approval, a held review,
 * provisioning): what will happen, a confirm button that takes the focus, and Cancel (or Escape).
 */
export function Confirmation({
  title,
  confirmLabel,
  onConfirm,
  onCancel,
  appearance = 'information',
  busy = false,
  testId,
  children,
}: {
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** `warning` for what changes more than a record (the confirm button is a warning too). */
  appearance?: 'information' | 'warning';
  busy?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div
      role="group"
      aria-label={title}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <SectionMessage appearance={appearance} title={title}>
        {children}
        <div style={row}>
          <Button
            ref={confirmRef}
            appearance={appearance === 'warning' ? 'warning' : 'primary'}
            isDisabled={busy}
            onClick={onConfirm}
          >
            {confirmLabel}
          </Button>
          <Button appearance="subtle" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </SectionMessage>
    </div>
  );
}
