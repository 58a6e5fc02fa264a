import SectionMessage from '@atlaskit/section-message';
import { useI18n } from '../../common';
import type { Translator } from '../../common';
import { muted } from '../../common/styles';
import type { ConfiguredSoaView } from '../../../src/ui-contract/soa-macro-view';

/** A row field's name, as the list of changes names it. */
function fieldName(t: Translator['t'], field: string): string {
  const names: Record<string, string> = {
    title: t('soa.field.title'),
    applicability: t('soa.field.applicability'),
    justification: t('soa.field.justification'),
    implementationStatus: t('soa.field.implementationStatus'),
    ownerAccountId: t('soa.field.owner'),
    risks: t('soa.field.risks'),
    evidence: t('soa.field.evidence'),
    recordKey: t('soa.field.recordKey'),
  };
  return names[field] ?? field;
}

/** Whether the SoA is approved (by whom, when, at which page version), or why the approval is not valid. */
export function ApprovalStatus({ view }: { view: ConfiguredSoaView }) {
  const { t, dateTime } = useI18n();
  const a = view.approval;
  if (a.state === 'none') {
    return (
      <SectionMessage appearance="information" title={t('soa.approval.none')}>
        <p>{t('soa.approval.noneText')}</p>
      </SectionMessage>
    );
  }
  if (a.state !== 'valid') {
    return (
      <div role="alert" data-testid="soa-tampered">
        <SectionMessage appearance="error" title={t('soa.approval.invalid')}>
          <p>{a.message}</p>
          <p>{t('soa.approval.invalidText')}</p>
        </SectionMessage>
      </div>
    );
  }
  return (
    <div data-testid="soa-approved">
      <SectionMessage
        appearance="success"
        title={t('soa.approval.approvedBy', {
          name: a.approvedBy.displayName,
          date: dateTime(a.approvedAt),
        })}
      >
        <p>
          {t('soa.approval.atVersion', { version: a.pageVersion })}
          {a.pageEditedSince ? t('soa.approval.editedSince', { version: view.page.version }) : ''}
          {'. '}
          {t('soa.approval.hash')} <code>{a.contentHash.slice(0, 19)}…</code>
        </p>
      </SectionMessage>
    </div>
  );
}

/** The rows that differ from the approved version, and how. */
export function ChangesSinceApproval({ view }: { view: ConfiguredSoaView }) {
  const { t } = useI18n();
  const a = view.approval;
  if (a.state !== 'valid') return null;
  if (a.changes.identical)
    return (
      <p style={muted} data-testid="soa-no-changes">
        {t('soa.changes.none')}
      </p>
    );
  return (
    <div data-testid="soa-changes">
      <SectionMessage
        appearance="warning"
        title={t('soa.changes.title', { count: a.changes.items.length })}
      >
        <p>{t('soa.changes.text')}</p>
        <ul>
          {a.changes.items.map((c) => (
            <li key={c.controlId}>
              <strong>{c.ref}</strong> {c.title}:{' '}
              {c.change === 'changed'
                ? c.fields.map((f) => fieldName(t, f)).join(', ')
                : c.change === 'added'
                  ? t('soa.changes.added')
                  : t('soa.changes.removed')}
            </li>
          ))}
        </ul>
      </SectionMessage>
    </div>
  );
}
