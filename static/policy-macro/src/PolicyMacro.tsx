import { useEffect, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { z } from 'zod';
import { Loading, useAsync, callResolver, Problem } from '../../common';
import { Checklist } from './Checklist';
import { DocumentControl } from './DocumentControl';
import { Objectives } from './Objectives';
import type { PolicyView } from '../../../src/ui-contract/policy-macro-view';
import { policyViewResultSchema } from '../../../src/ui-contract/policy-macro-view';
import {
  frame,
  keyCell,
  keyValueTable,
  label,
  muted,
  nativeSelect,
  row,
  stack,
  valueCell,
} from '../../common/styles';

const done = z.object({}).loose();

/** Warnings an auditor must not miss: old version, changed since approval, review due. */
function Warnings({ view }: { view: PolicyView }) {
  return (
    <>
      {!view.page.isCurrent && (
        <SectionMessage
          appearance="information"
          title={`Page version ${view.page.viewedVersion} of ${view.page.currentVersion}`}
        >
          <p>This is the document control as it stood at page version {view.page.viewedVersion}.</p>
        </SectionMessage>
      )}
      {view.changedSinceApproval && view.approval && (
        <div data-testid="changed-since-approval">
          <SectionMessage
            appearance="warning"
            title={`Changed since approved version ${view.approval.approvedVersion}`}
          >
            <p>
              This page was edited after version {view.approval.approvedVersion} was approved. The
              text you see is not approved until a manager approves it again.
            </p>
          </SectionMessage>
        </div>
      )}
      {view.review.state === 'overdue' && (
        <div data-testid="review-overdue">
          <SectionMessage appearance="error" title="Policy review overdue">
            <p>
              The review was due on {view.review.nextReviewDate} ({view.review.daysOverdue} days
              ago).
              {view.reviewAction
                ? ` Review action: ${view.reviewAction.key} (${view.reviewAction.statusName}).`
                : ''}
            </p>
          </SectionMessage>
        </div>
      )}
      {view.review.state === 'due' && (
        <SectionMessage appearance="warning" title="Policy review due today">
          <p>
            The review of this policy falls due today.
            {view.reviewAction
              ? ` Review action: ${view.reviewAction.key} (${view.reviewAction.statusName}).`
              : ''}
          </p>
        </SectionMessage>
      )}
      {view.uncontrolled && (
        <SectionMessage appearance="information" title="No document control recorded yet">
          <p>The owner starts it by ticking the clause 5.2 checklist below.</p>
        </SectionMessage>
      )}
    </>
  );
}

/** "Approve this version" with a confirmation step; approval binds to the version shown. */
function Approval({
  view,
  run,
}: {
  view: PolicyView;
  run: (fn: string, payload?: Record<string, unknown>) => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  if (!view.page.isCurrent) return null;
  const version = view.page.currentVersion;
  const showRequest = view.viewer.isOwner && view.status === 'draft' && view.uncoveredCount === 0;
  return (
    <section aria-label="Approval" style={stack}>
      <div style={row}>
        {view.viewer.canApprove && !confirming && (
          <Button appearance="primary" onClick={() => setConfirming(true)}>
            Approve this version
          </Button>
        )}
        {showRequest && (
          <Button onClick={() => void run('requestApproval')}>Request approval</Button>
        )}
      </div>
      {confirming && (
        <div role="group" aria-label="Confirm approval" data-testid="approve-confirmation">
          <SectionMessage appearance="information" title={`Approve page version ${version}?`}>
            <p>
              You confirm that version {version} of this page is suitable and adequate as the
              organization&apos;s AI policy. Your name, the time and version {version} are recorded;
              any later edit needs a new approval.
            </p>
            <div style={row}>
              <Button
                ref={confirmRef}
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  void run('approve', { reviewedVersion: version });
                }}
              >
                Approve version {version}
              </Button>
              <Button appearance="subtle" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
            </div>
          </SectionMessage>
        </div>
      )}
      {!view.viewer.canApprove &&
        !view.isApprovedVersion &&
        view.viewer.approveBlockers.length > 0 &&
        view.status !== 'superseded' && (
          <div style={muted} data-testid="approve-blockers">
            <span>Approval of version {version}: </span>
            {view.viewer.approveBlockers.join(' ')}
          </div>
        )}
    </section>
  );
}

function History({ view }: { view: PolicyView }) {
  if (view.history.length === 0) return null;
  return (
    <table style={keyValueTable} aria-label="Document control history">
      <thead>
        <tr>
          <th scope="col" style={keyCell}>
            Page version
          </th>
          <th scope="col" style={keyCell}>
            Change
          </th>
          <th scope="col" style={keyCell}>
            By
          </th>
          <th scope="col" style={keyCell}>
            When (UTC)
          </th>
        </tr>
      </thead>
      <tbody>
        {view.history.map((h) => (
          <tr key={`${h.at}-${h.event}`}>
            <td style={valueCell}>{h.pageVersion}</td>
            <td style={valueCell}>{h.eventName}</td>
            <td style={valueCell}>{h.by.displayName}</td>
            <td style={valueCell}>{`${h.at.slice(0, 10)} ${h.at.slice(11, 16)}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VersionPicker({ view, onPick }: { view: PolicyView; onPick: (v: number) => void }) {
  const versions = Array.from(
    { length: view.page.currentVersion },
    (_, i) => view.page.currentVersion - i,
  );
  return (
    <div>
      <label htmlFor="policy-version" style={label}>
        Show the document control of page version
      </label>
      <select
        id="policy-version"
        style={nativeSelect}
        value={view.page.viewedVersion}
        onChange={(e) => onPick(Number(e.currentTarget.value))}
      >
        {versions.map((v) => (
          <option key={v} value={v}>
            {v === view.page.currentVersion ? `${v} (current)` : String(v)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function PolicyMacro({ initialVersion }: { initialVersion?: number }) {
  const [pageVersion, setPageVersion] = useState<number | undefined>(initialVersion);
  const { state, reload } = useAsync(
    () => callResolver('getView', policyViewResultSchema, pageVersion ? { pageVersion } : {}),
    [pageVersion],
  );
  const [actionError, setActionError] = useState<unknown>(undefined);
  const [flag, setFlag] = useState<string | undefined>(undefined);
  const run = async (
    fn: string,
    payload: Record<string, unknown> = {},
    success = 'Saved',
  ): Promise<void> => {
    setActionError(undefined);
    setFlag(undefined);
    try {
      await callResolver(fn, done, payload);
      setFlag(fn === 'approve' ? `Version ${String(payload.reviewedVersion)} approved` : success);
      reload();
    } catch (error) {
      setActionError(error);
    }
  };
  if (state.status === 'loading')
    return (
      <div style={frame}>
        <Loading label="Loading the document control" />
      </div>
    );
  if (state.status === 'error')
    return (
      <div style={frame}>
        <Problem error={state.error} title="The document control could not be loaded" />
      </div>
    );
  const view = state.data;
  if (!view.configured) {
    return (
      <div style={frame} data-testid="policy-not-configured">
        <SectionMessage appearance="warning" title="AI Policy macro">
          <p>{view.message}</p>
        </SectionMessage>
      </div>
    );
  }
  return (
    <section
      aria-label="AI policy document control"
      data-testid="policy-macro"
      style={{ ...frame, ...stack }}
    >
      <div style={{ ...row, justifyContent: 'space-between' }}>
        <Heading size="small" as="h2">
          Document control — ISO/IEC 42001 5.2, 7.5
        </Heading>
        <VersionPicker view={view} onPick={setPageVersion} />
      </div>
      {flag && (
        <div role="status" data-testid="policy-flag">
          <SectionMessage appearance="success" title={flag}>
            <p>The document control is updated.</p>
          </SectionMessage>
        </div>
      )}
      {actionError !== undefined && <Problem error={actionError} title="Not done" />}
      <Warnings view={view} />
      <DocumentControl view={view} />
      <Approval view={view} run={(fn, payload) => run(fn, payload, 'Approval requested')} />
      <Heading size="xsmall" as="h3">
        AI policy elements (clause 5.2)
      </Heading>
      <Checklist
        view={view}
        onSave={(items) =>
          run(
            'setChecklist',
            {
              checks: items.map((i) => ({
                element: i.element,
                covered: i.covered,
                ...(i.where?.trim() ? { where: i.where.trim() } : {}),
              })),
            },
            'Checklist saved',
          )
        }
      />
      <Heading size="xsmall" as="h3">
        AI objectives (clause 6.2)
      </Heading>
      <Objectives objectives={view.objectives} />
      {view.history.length > 0 && (
        <details>
          <summary>History of the document control</summary>
          <History view={view} />
        </details>
      )}
    </section>
  );
}
