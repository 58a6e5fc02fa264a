import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { PolicyView } from '../../../src/ui-contract/policy-macro-view';
import { useI18n } from '../../common';
import type { Translator } from '../../common';
import { muted, note, row, tightStack } from '../../common/styles';

type Acknowledgement = NonNullable<PolicyView['acknowledgement']>;

/** "12 of 40 members of jira-users (30%) acknowledged version 3." */
function shareSentence(i18n: Translator, a: Acknowledgement, version: number): string {
  const { t, tn, percent } = i18n;
  const group = a.memberGroup;
  if (a.groupSize === null)
    return tn('policy.ack.shareUnknown', a.acknowledged, { group, version });
  const values = { count: a.acknowledged, size: a.groupSize, group, version };
  return a.percent === null
    ? t('policy.ack.shareNoPercent', values)
    : t('policy.ack.share', { ...values, percent: percent(a.percent) });
}

/**
 * "I have read and understood this version" (clause 7.3): the viewer acknowledges the approved
 * version in force; the share of the AIMS members group that has (counts only, no names).
 */
export function Acknowledgement({
  acknowledgement: a,
  running,
  onAcknowledge,
}: {
  acknowledgement: Acknowledgement;
  running: boolean;
  onAcknowledge: (version: number) => void;
}) {
  const i18n = useI18n();
  const { t, day } = i18n;
  if (a.version === null) {
    return (
      <p style={note} data-testid="policy-acknowledgement">
        {a.blockers[0] ?? t('policy.ack.none')}
      </p>
    );
  }
  const version = a.version;
  return (
    <div style={tightStack} data-testid="policy-acknowledgement">
      <div style={row}>
        {a.viewerAcknowledgedAt ? (
          <>
            <Lozenge appearance="success">{t('policy.ack.done')}</Lozenge>
            <span data-testid="policy-acknowledged-by-me">
              {t('policy.ack.byMe', { version, date: day(a.viewerAcknowledgedAt) })}
            </span>
          </>
        ) : (
          <Button
            appearance="primary"
            isDisabled={a.blockers.length > 0 || running}
            onClick={() => onAcknowledge(version)}
          >
            {t('policy.ack.button', { version })}
          </Button>
        )}
      </div>
      {!a.viewerAcknowledgedAt && a.blockers.length > 0 && (
        <ul style={muted} aria-label={t('policy.ack.why')}>
          {a.blockers.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      )}
      <p style={note} data-testid="policy-acknowledgement-share">
        {shareSentence(i18n, a, version)}
      </p>
      {a.groupNote && <p style={muted}>{a.groupNote}</p>}
    </div>
  );
}
