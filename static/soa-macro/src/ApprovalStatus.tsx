import SectionMessage from '@atlaskit/section-message';
import { muted } from '../../common/styles';
import type { ConfiguredSoaView } from '../../../src/ui-contract/soa-macro-view';
import { formatTimestamp } from '../../common/format-time';

const FIELD_NAMES: Record<string, string> = {
  title: 'title',
  applicability: 'applicability',
  justification: 'justification',
  implementationStatus: 'implementation status',
  ownerAccountId: 'owner',
  risks: 'risks',
  evidence: 'evidence',
  recordKey: 'Jira issue',
};

/** Whether the SoA is approved (by whom, when, at which page version), or why the approval is not valid. */
export function ApprovalStatus({ view }: { view: ConfiguredSoaView }) {
  const a = view.approval;
  if (a.state === 'none') {
    return (
      <SectionMessage appearance="information" title="Not approved yet">
        <p>
          An AIMS manager approves this Statement of Applicability here; the approval freezes the
          rows as they are.
        </p>
      </SectionMessage>
    );
  }
  if (a.state !== 'valid') {
    return (
      <div role="alert" data-testid="soa-tampered">
        <SectionMessage appearance="error" title="The approval is not valid">
          <p>{a.message}</p>
          <p>Nothing of it is shown as approved. An AIMS manager can approve the SoA again.</p>
        </SectionMessage>
      </div>
    );
  }
  return (
    <div data-testid="soa-approved">
      <SectionMessage
        appearance="success"
        title={`Approved by ${a.approvedBy.displayName} on ${formatTimestamp(a.approvedAt)}`}
      >
        <p>
          Approved at page version {a.pageVersion}
          {a.pageEditedSince ? ` (the page is now at version ${view.page.version})` : ''}. Content
          hash <code>{a.contentHash.slice(0, 19)}…</code>
        </p>
      </SectionMessage>
    </div>
  );
}

/** The rows that differ from the approved version, and how. */
export function ChangesSinceApproval({ view }: { view: ConfiguredSoaView }) {
  const a = view.approval;
  if (a.state !== 'valid') return null;
  if (a.changes.identical)
    return (
      <p style={muted} data-testid="soa-no-changes">
        No changes in Jira since the approval.
      </p>
    );
  return (
    <div data-testid="soa-changes">
      <SectionMessage
        appearance="warning"
        title={`Changed since the approval (${a.changes.items.length})`}
      >
        <p>
          These rows differ from the approved version. They are not approved until a manager
          approves the SoA again.
        </p>
        <ul>
          {a.changes.items.map((c) => (
            <li key={c.controlId}>
              <strong>{c.ref}</strong> {c.title}:{' '}
              {c.change === 'changed'
                ? c.fields.map((f) => FIELD_NAMES[f] ?? f).join(', ')
                : c.change}
            </li>
          ))}
        </ul>
      </SectionMessage>
    </div>
  );
}
