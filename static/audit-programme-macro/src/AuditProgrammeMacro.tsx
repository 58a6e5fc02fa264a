import { useState } from 'react';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { router } from '@forge/bridge';
import { KeyValueTable, Loading, Problem, callResolver, useAsync } from '../../common';
import { RequirementTables } from '../../common/RequirementTables';
import { ShowFilter } from '../../common/ShowFilter';
import type { Column } from '../../common';
import { link, looseStack, muted, roomyFrame } from '../../common/styles';
import { issueSearchPath } from '../../../src/ui-contract/issue-search-link';
import type { AuditProgrammeView } from '../../../src/ui-contract/audit-programme-view';
import { auditProgrammeViewSchema } from '../../../src/ui-contract/audit-programme-view';
import { IssueKeyLink, IssueKeyList } from '../../common/IssueKeyLink';

type Configured = Extract<AuditProgrammeView, { configured: true }>;
type Row = Configured['rows'][number];
type Filter = 'all' | 'not-covered' | 'planned';
const FILTERS = [
  { value: 'all', label: 'All requirements' },
  { value: 'not-covered', label: 'Not covered in the cycle' },
  { value: 'planned', label: 'Only planned (no closed audit yet)' },
] as const;

const COLUMNS: readonly Column<Row>[] = [
  { key: 'ref', title: 'Requirement', width: 45, cell: (r) => `${r.ref} ${r.title}` },
  {
    key: 'state',
    title: 'Coverage',
    cell: (r) =>
      r.audited ? (
        <Lozenge appearance="success">Audited</Lozenge>
      ) : r.planned ? (
        <Lozenge appearance="inprogress">Planned</Lozenge>
      ) : (
        <Lozenge appearance="removed">Not covered</Lozenge>
      ),
  },
  {
    key: 'audits',
    title: 'Audits (closed on)',
    cell: (r) =>
      r.audits.length === 0 ? (
        '—'
      ) : (
        <IssueKeyList
          items={r.audits.map((a) => ({
            key: a.key,
            note: a.closedOn ? `(${a.closedOn})` : '(open)',
          }))}
        />
      ),
  },
];

/** The internal audit programme (9.2.2) and its cycle's coverage of clauses 4–10 and Annex A. */
export function AuditProgrammeMacro() {
  const { state } = useAsync(() => callResolver('getView', auditProgrammeViewSchema), []);
  const [filter, setFilter] = useState<Filter>('all');
  if (state.status === 'error') {
    return (
      <div style={roomyFrame}>
        <Problem title="The audit programme could not be loaded" error={state.error} />
      </div>
    );
  }
  if (state.status !== 'ready') {
    return (
      <div style={roomyFrame}>
        <Loading label="Loading the audit programme" />
      </div>
    );
  }
  if (!state.data.configured) {
    return (
      <div style={roomyFrame} data-testid="audit-programme-not-configured">
        <SectionMessage appearance="warning" title="Internal audit programme">
          <p>{state.data.message}</p>
        </SectionMessage>
      </div>
    );
  }
  const view = state.data;
  const rows = view.rows.filter((r) =>
    filter === 'not-covered' ? r.audits.length === 0 : filter === 'planned' ? r.planned : true,
  );
  const searchPath = issueSearchPath(view.jql);
  return (
    <section
      aria-label="Internal audit programme"
      data-testid="audit-programme-macro"
      style={{ ...roomyFrame, ...looseStack }}
    >
      <div>
        <Heading size="small" as="h2">
          Internal audit programme {view.config.cycle} — ISO/IEC 42001 9.2.2
        </Heading>
        <p style={muted}>
          From the Audits of project {view.config.projectKey} you can see in Jira ·{' '}
          <a
            href={searchPath}
            style={{ ...link, textDecoration: 'underline' }}
            onClick={(e) => {
              e.preventDefault();
              void router.open(searchPath);
            }}
          >
            {view.audits.length} audits of the cycle in Jira
          </a>
        </p>
      </div>
      <KeyValueTable
        label="The programme"
        rows={[
          ['Frequency', view.config.frequency],
          ['Methods', view.config.methods],
          ['Responsibilities', view.config.responsibilities],
        ]}
      />
      <p data-testid="audit-coverage-summary">
        <strong>{view.audited}</strong> of {view.rows.length} requirements audited in the cycle,{' '}
        {view.plannedOnly} only planned, <strong>{view.notCovered}</strong> not covered.
      </p>
      {view.audits.some((a) => a.unknownRefs.length > 0) && (
        <SectionMessage appearance="warning" title="Coverage that names no requirement">
          {view.audits
            .filter((a) => a.unknownRefs.length > 0)
            .map((a) => (
              <p key={a.key}>
                <IssueKeyLink issueKey={a.key} />: {a.unknownRefs.join(', ')}
              </p>
            ))}
        </SectionMessage>
      )}
      <ShowFilter<Filter>
        id="audit-coverage-filter"
        options={FILTERS}
        value={filter}
        onChange={setFilter}
        shown={rows.length}
        total={view.rows.length}
        noun="requirements"
      />
      <div data-testid="audit-coverage">
        <RequirementTables rows={rows} columns={COLUMNS} />
      </div>
    </section>
  );
}
