import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { SealStatusView } from '../../src/ui-contract/seal-status';
import { useI18n } from './i18n/I18nProvider';

const LOOK = {
  verified: { lozenge: 'success', message: 'success' },
  changed: { lozenge: 'moved', message: 'warning' },
  tampered: { lozenge: 'removed', message: 'error' },
  missing: { lozenge: 'removed', message: 'error' },
} as const;

/** Whether a sealed record (approval, held review) is as it was sealed, in an auditor's words. */
export function SealStatus({ seal }: { seal: SealStatusView | null }) {
  const { t } = useI18n();
  if (!seal) return null;
  const look = LOOK[seal.state];
  return (
    <div data-testid="record-seal" data-seal-state={seal.state}>
      <SectionMessage appearance={look.message} title={t('common.seal', { label: seal.label })}>
        <p>
          <Lozenge appearance={look.lozenge}>{seal.label}</Lozenge> {seal.explanation}
        </p>
      </SectionMessage>
    </div>
  );
}
