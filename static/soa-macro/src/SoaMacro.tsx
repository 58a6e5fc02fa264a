import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import { useEffect, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import Select from '@atlaskit/select';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import {
  ErrorMessage,
  Loading,
  errorMessageOf,
  useAsync,
  callResolver,
  detailsOf,
} from '../../common';
import { SoaTables } from './SoaTable';
import type { ConfiguredSoaView, SoaTotalsView } from '../../../src/ui-contract/soa-macro-view';
import {
  soaApprovedSchema,
  soaCsvSchema,
  soaViewSchema,
} from '../../../src/ui-contract/soa-macro-view';
import { label, looseStack, muted, roomyFrame, row, toolbar } from '../../common/styles';

const filterBox: CSSProperties = { minWidth: 240 };
const totalsList: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: token('space.200'),
  margin: 0,
  padding: 0,
  listStyle: 'none',
};
const totalItem: CSSProperties = {
  padding: `${token('space.100')} ${token('space.150')}`,
  borderRadius: token('radius.small'),
  backgroundColor: token('color.background.neutral'),
  color: token('color.text'),
};
const totalValue: CSSProperties = { display: 'block', font: token('font.heading.medium') };

interface Option {
  label: string;
  value: string;
}

const STATUS_OPTIONS: Option[] = [
  { value: '', label: 'All statuses' },
  { value: 'included', label: 'Included' },
  { value: 'excluded', label: 'Excluded' },
  { value: 'undecided', label: 'Undecided' },
  { value: 'implemented', label: 'Implemented' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'planned', label: 'Planned' },
  { value: 'not-started', label: 'Not started' },
  { value: 'justification-missing', label: 'Justification missing' },
];

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

const when = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function Totals({ totals, label: name }: { totals: SoaTotalsView; label: string }) {
  const items: [string, string][] = [
    ['Applicable', String(totals.applicable)],
    ['Implemented', String(totals.implemented)],
    ['% implemented', totals.implementedPercent === null ? 'n/a' : `${totals.implementedPercent}%`],
    ['Excluded', String(totals.excluded)],
    ['Undecided', String(totals.undecided)],
    ['Missing justifications', String(totals.justificationMissing)],
  ];
  return (
    <ul style={totalsList} aria-label={`Totals (${name})`} data-testid="soa-totals">
      {items.map(([k, v]) => (
        <li key={k} style={totalItem}>
          <span style={totalValue}>{v}</span>
          <span style={muted}>{k}</span>
        </li>
      ))}
    </ul>
  );
}

function ApprovalStatus({ view }: { view: ConfiguredSoaView }) {
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
        title={`Approved by ${a.approvedBy.displayName} on ${when(a.approvedAt)}`}
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

function Changes({ view }: { view: ConfiguredSoaView }) {
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

/** "1 control and 2 risks", leaving out a zero part. */
function hiddenText(controls: number, risks: number): string {
  const parts = [
    controls > 0 ? `${controls} ${controls === 1 ? 'control' : 'controls'}` : '',
    risks > 0 ? `${risks} ${risks === 1 ? 'risk' : 'risks'}` : '',
  ].filter(Boolean);
  return parts.join(' and ');
}

function Hidden({ view }: { view: ConfiguredSoaView }) {
  const { hidden } = view.live;
  if (hidden.total === 0) return null;
  return (
    <div data-testid="soa-hidden">
      <SectionMessage appearance="information" title="Some rows are hidden from you">
        <p>
          {hiddenText(hidden.controls, hidden.risks)} {hidden.total === 1 ? 'exists' : 'exist'} in
          Jira that you do not have permission to see. They are not listed here and not counted in
          the totals.
        </p>
      </SectionMessage>
    </div>
  );
}

function Approve({
  view,
  onApproved,
}: {
  view: ConfiguredSoaView;
  onApproved: (message: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const approve = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await callResolver('approve', soaApprovedSchema, {
        reviewedHash: view.live.contentHash,
      });
      setConfirming(false);
      onApproved(`Statement of Applicability approved at page version ${result.pageVersion}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-label="Approval" style={looseStack}>
      {view.viewer.canApprove && !confirming && (
        <div>
          <Button appearance="primary" onClick={() => setConfirming(true)}>
            Approve this SoA
          </Button>
        </div>
      )}
      {confirming && (
        <div role="group" aria-label="Confirm approval" data-testid="soa-approve-confirmation">
          <SectionMessage appearance="information" title="Approve this Statement of Applicability?">
            <p>
              You approve the {view.live.totals.rows} rows as shown now, at page version{' '}
              {view.page.version}. Your name, the time and a content hash are recorded; later
              changes in Jira are listed as changes since the approval.
            </p>
            <div style={row}>
              <Button
                ref={confirmRef}
                appearance="primary"
                isDisabled={busy}
                onClick={() => void approve()}
              >
                Approve
              </Button>
              <Button appearance="subtle" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
            </div>
          </SectionMessage>
        </div>
      )}
      {!view.viewer.canApprove && (
        <p style={muted} data-testid="soa-approve-blockers">
          {view.viewer.approveBlockers.join(' ')}
        </p>
      )}
      {error !== undefined && (
        <div role="alert">
          <SectionMessage appearance="error" title="Not approved">
            <p>{errorMessageOf(error)}</p>
            {detailsOf(error).length > 0 && <p>{detailsOf(error).join(' ')}</p>}
          </SectionMessage>
        </div>
      )}
    </section>
  );
}

function download(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function SoaMacro() {
  const [objective, setObjective] = useState('');
  const [status, setStatus] = useState('');
  const [tab, setTab] = useState(0);
  const [flag, setFlag] = useState<string | undefined>(undefined);
  const [csvError, setCsvError] = useState<unknown>(undefined);
  const filter = { ...(objective ? { objective } : {}), ...(status ? { status } : {}) };
  const { state, reload } = useAsync(
    () => callResolver('getView', soaViewSchema, filter),
    [objective, status],
  );
  const [last, setLast] = useState<ConfiguredSoaView | undefined>(undefined);
  useEffect(() => {
    if (state.status === 'ready' && state.data.configured) setLast(state.data);
  }, [state]);

  if (state.status === 'error') {
    return (
      <div style={roomyFrame}>
        <ErrorMessage
          title="The Statement of Applicability could not be loaded"
          error={state.error}
        />
        {detailsOf(state.error).length > 0 && (
          <p style={muted}>{detailsOf(state.error).join(' ')}</p>
        )}
      </div>
    );
  }
  if (state.status === 'ready' && !state.data.configured) {
    return (
      <div style={roomyFrame} data-testid="soa-not-configured">
        <SectionMessage appearance="warning" title="Statement of Applicability">
          <p>{state.data.message}</p>
        </SectionMessage>
      </div>
    );
  }
  const view = state.status === 'ready' && state.data.configured ? state.data : last;
  if (!view)
    return (
      <div style={roomyFrame}>
        <Loading label="Loading the Statement of Applicability" />
      </div>
    );

  const objectiveOptions: Option[] = [
    { value: '', label: 'All objectives' },
    ...view.objectives.map((o) => ({
      value: o.id,
      label: o.id === 'ORG' ? o.title : `${o.ref} ${o.title}`,
    })),
  ];
  const approved = view.approval.state === 'valid' ? view.approval : undefined;
  const showingApproved = approved !== undefined && tab === 1;

  const downloadCsv = async (): Promise<void> => {
    setCsvError(undefined);
    try {
      const file = await callResolver('getCsv', soaCsvSchema, {
        ...filter,
        version: showingApproved ? 'approved' : 'live',
      });
      download(file.filename, file.csv);
    } catch (err) {
      setCsvError(err);
    }
  };

  return (
    <section
      aria-label="Statement of Applicability"
      data-testid="soa-macro"
      style={{ ...roomyFrame, ...looseStack }}
    >
      <div>
        <Heading size="small" as="h2">
          Statement of Applicability — ISO/IEC 42001 6.1.3
        </Heading>
        <p style={muted}>
          Live from Jira project {view.config.projectKey}, as {view.viewer.displayName} may see it.{' '}
          {state.status === 'loading' ? 'Updating…' : ''}
        </p>
      </div>
      {flag && (
        <div role="status" data-testid="soa-flag">
          <SectionMessage appearance="success" title={flag}>
            <p>
              The approved version is frozen; later changes in Jira appear under "Changed since the
              approval".
            </p>
          </SectionMessage>
        </div>
      )}
      <ApprovalStatus view={view} />
      <Changes view={view} />
      <Hidden view={view} />
      <Totals
        totals={showingApproved && approved ? approved.approved.totals : view.live.totals}
        label={showingApproved ? 'approved version' : 'live'}
      />
      <Approve
        view={view}
        onApproved={(message) => {
          setFlag(message);
          reload();
        }}
      />
      <div style={toolbar} role="search" aria-label="Filter the SoA">
        <div style={filterBox}>
          <label htmlFor="soa-objective" style={label}>
            Objective
          </label>
          <Select<Option>
            inputId="soa-objective"
            options={objectiveOptions}
            value={objectiveOptions.find((o) => o.value === objective) ?? objectiveOptions[0]}
            onChange={(o) => setObjective(o?.value ?? '')}
          />
        </div>
        <div style={filterBox}>
          <label htmlFor="soa-status" style={label}>
            Status
          </label>
          <Select<Option>
            inputId="soa-status"
            options={STATUS_OPTIONS}
            value={STATUS_OPTIONS.find((o) => o.value === status) ?? STATUS_OPTIONS[0]}
            onChange={(o) => setStatus(o?.value ?? '')}
          />
        </div>
        <Button onClick={() => void downloadCsv()}>Download CSV</Button>
      </div>
      {csvError !== undefined && (
        <ErrorMessage title="The CSV could not be made" error={csvError} />
      )}
      {approved ? (
        <Tabs id="soa-tabs" selected={tab} onChange={(index) => setTab(index)}>
          <TabList>
            <Tab>Live from Jira</Tab>
            <Tab>Approved version (page v{approved.pageVersion})</Tab>
          </TabList>
          <TabPanel>
            <div style={{ width: '100%' }}>
              <SoaTables section={view.live} owners={view.ownerNames} label="live" />
            </div>
          </TabPanel>
          <TabPanel>
            <div style={{ width: '100%' }}>
              {approved.approved.hidden.total > 0 && (
                <p style={muted}>
                  {approved.approved.hidden.total} items of the approved version are hidden from
                  you.
                </p>
              )}
              <SoaTables
                section={approved.approved}
                owners={{ ...view.ownerNames, ...approved.ownerNames }}
                label="approved"
              />
            </div>
          </TabPanel>
        </Tabs>
      ) : (
        <SoaTables section={view.live} owners={view.ownerNames} label="live" />
      )}
    </section>
  );
}
