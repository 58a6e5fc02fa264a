import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { NonconformityProgressView } from '../../../src/ui-contract/issue-panel-view';
import type { Translator } from '../../common';
import { useI18n } from '../../common';
import { muted } from '../../common/styles';
import { useServerTexts } from './server-text';

const STATUS: Record<
  NonconformityProgressView['steps'][number]['status'],
  {
    text: (t: Translator['t']) => string;
    appearance: 'success' | 'inprogress' | 'default' | 'removed' | 'moved';
  }
> = {
  done: { text: (t) => t('panel.steps.done'), appearance: 'success' },
  current: { text: (t) => t('panel.steps.current'), appearance: 'inprogress' },
  upcoming: { text: (t) => t('panel.steps.upcoming'), appearance: 'default' },
  incomplete: { text: (t) => t('panel.steps.incomplete'), appearance: 'removed' },
  'not-applicable': { text: (t) => t('panel.steps.notNeeded'), appearance: 'moved' },
};

/** The 10.2 steps' names, as the standard's German edition words them in German. */
const STEP_NAME: Record<
  NonconformityProgressView['steps'][number]['step'],
  (t: Translator['t']) => string
> = {
  a: (t) => t('panel.steps.name.a'),
  b: (t) => t('panel.steps.name.b'),
  c: (t) => t('panel.steps.name.c'),
  d: (t) => t('panel.steps.name.d'),
  e: (t) => t('panel.steps.name.e'),
};

const marker = (status: string) => ({
  flex: '0 0 auto',
  width: '1.75rem',
  height: '1.75rem',
  borderRadius: token('radius.full'),
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  fontWeight: token('font.weight.bold'),
  color:
    status === 'done'
      ? token('color.text.inverse')
      : status === 'current'
        ? token('color.text.inverse')
        : token('color.text'),
  backgroundColor:
    status === 'done'
      ? token('color.background.success.bold')
      : status === 'current'
        ? token('color.background.brand.bold')
        : status === 'incomplete'
          ? token('color.background.danger')
          : token('color.background.neutral'),
});

/** Clause 10.2 a–e as a vertical step list: where the nonconformity stands and what each step lacks. */
export function StepList({
  progress,
  compact = false,
}: {
  progress: NonconformityProgressView;
  compact?: boolean;
}) {
  const { t } = useI18n();
  const texts = useServerTexts();
  if (progress.steps.length === 0) return <p style={muted}>{t('panel.steps.none')}</p>;
  return (
    <ol
      aria-label={t('panel.steps.label')}
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 0,
        display: 'flex',
        flexDirection: 'column',
        gap: token('space.100'),
      }}
      data-testid="nc-steps"
    >
      {progress.steps.map((s) => {
        const status = STATUS[s.status];
        const showDetail = !compact && (s.status === 'current' || s.status === 'incomplete');
        return (
          <li
            key={s.step}
            data-testid={`nc-step-${s.step}`}
            data-status={s.status}
            aria-current={s.status === 'current' ? 'step' : undefined}
            style={{ display: 'flex', gap: token('space.100'), alignItems: 'flex-start' }}
          >
            <span aria-hidden="true" style={marker(s.status)}>
              {s.step}
            </span>
            <div style={{ flex: 1, minWidth: 0 }}>
              <div
                style={{
                  display: 'flex',
                  gap: token('space.100'),
                  flexWrap: 'wrap',
                  alignItems: 'center',
                }}
              >
                <strong>
                  <span
                    className="visually-hidden"
                    style={{ position: 'absolute', left: '-10000px' }}
                  >
                    {t('panel.steps.step', { step: s.step })}{' '}
                  </span>
                  {STEP_NAME[s.step](t)}
                </strong>
                <Lozenge appearance={status.appearance}>{status.text(t)}</Lozenge>
                <span style={muted}>{s.clauseRef.replace('ISO42001:', 'ISO 42001 ')}</span>
              </div>
              {showDetail && s.missing.length > 0 && (
                <ul
                  aria-label={t('panel.steps.missing', { step: s.step })}
                  style={{ margin: `${token('space.050')} 0 0`, paddingLeft: token('space.250') }}
                >
                  {texts(s.missing, s.missingMessages).map((m) => (
                    <li key={m.english}>{m.text}</li>
                  ))}
                </ul>
              )}
              {!compact && s.recorded.length > 0 && (s.status === 'done' || showDetail) && (
                <dl style={{ margin: `${token('space.050')} 0 0`, ...muted }}>
                  {s.recorded.map((r) => (
                    <div key={r.label} style={{ display: 'flex', gap: token('space.050') }}>
                      <dt style={{ fontWeight: token('font.weight.semibold') }}>{r.label}:</dt>
                      <dd style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {r.value}
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
