import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { PanelNextStep } from '../../../src/ui-contract/issue-panel-view';
import { useI18n } from '../../common';
import { muted, tightStack } from '../../common/styles';
import { useServerTexts } from './server-text';

/** The workflow transitions out of the current status, each with what it still needs. */
export function NextSteps({ steps, title }: { steps: readonly PanelNextStep[]; title?: string }) {
  const { t } = useI18n();
  const texts = useServerTexts();
  if (steps.length === 0) return <p style={muted}>{t('panel.next.none')}</p>;
  return (
    <section
      aria-label={title ?? t('panel.next.title')}
      style={tightStack}
      data-testid="next-steps"
    >
      {steps.map((s) => (
        <div key={`${s.transitionName}-${s.toStatusName}`} data-testid="next-step">
          <SectionMessage
            appearance={s.allowed ? 'success' : 'warning'}
            title={`${s.transitionName} → ${s.toStatusName}`}
          >
            {s.allowed ? (
              <p>
                <Lozenge appearance="success">{t('panel.next.ready')}</Lozenge>{' '}
                {t('panel.next.nothingMissing')}
              </p>
            ) : (
              <ul
                aria-label={t('panel.next.missing', { transition: s.transitionName })}
                data-testid="missing-list"
              >
                {texts(s.missing, s.missingMessages).map((m) => (
                  <li key={m.english}>{m.text}</li>
                ))}
              </ul>
            )}
          </SectionMessage>
        </div>
      ))}
    </section>
  );
}
