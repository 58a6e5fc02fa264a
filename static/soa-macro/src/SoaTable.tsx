import type { CSSProperties } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { muted } from '../../common/styles';
import type { SoaRow } from '../../../src/domain/soa/soa-row';
import { hasUnlistedRisks, riskCountOf } from '../../../src/domain/soa/soa-row';
import { MoreInJira } from '../../common/MoreInJira';
import { EvidenceList } from './EvidenceList';
import type { SoaSection, SoaTotalsView } from '../../../src/ui-contract/soa-macro-view';
import { IssueKeyLink } from '../../common/IssueKeyLink';
import { CollapsedList } from '../../common/CollapsedList';

const groupHeading: CSSProperties = {
  margin: `${token('space.200')} 0 ${token('space.050')}`,
};
const cellList: CSSProperties = { margin: 0, paddingLeft: token('space.200') };

type LozengeAppearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

const APPLICABILITY: Record<SoaRow['applicability'], [string, LozengeAppearance]> = {
  included: ['Included', 'success'],
  excluded: ['Excluded', 'removed'],
  undecided: ['Undecided', 'moved'],
};

const STATUS: Record<NonNullable<SoaRow['implementationStatus']>, [string, LozengeAppearance]> = {
  implemented: ['Implemented', 'success'],
  'in-progress': ['In progress', 'inprogress'],
  planned: ['Planned', 'new'],
  'not-started': ['Not started', 'default'],
};

export function totalsText(t: SoaTotalsView): string {
  const percent = t.implementedPercent === null ? 'n/a' : `${t.implementedPercent}%`;
  return `${t.applicable} applicable · ${t.implemented} implemented (${percent}) · ${t.excluded} excluded · ${t.undecided} undecided`;
}

const HEAD = {
  cells: [
    { key: 'control', content: 'Control', width: 10 },
    { key: 'title', content: 'Title', width: 16 },
    { key: 'applicability', content: 'Applicability', width: 10 },
    { key: 'justification', content: 'Justification', width: 20 },
    { key: 'status', content: 'Implementation', width: 10 },
    { key: 'owner', content: 'Owner', width: 10 },
    { key: 'risks', content: 'Risks', width: 12 },
    { key: 'evidence', content: 'Evidence', width: 12 },
  ],
};

function Justification({ row }: { row: SoaRow }) {
  if (row.justification) return <span>{row.justification}</span>;
  if (row.applicability === 'undecided') return <span style={muted}>No decision yet</span>;
  return <Lozenge appearance="removed">Justification missing</Lozenge>;
}

/** The risks a row lists; under them, when they are the first of more, how many and a link to all. */
function RiskList({ row, jql }: { row: SoaRow; jql: string | undefined }) {
  if (row.risks.length === 0) return <span style={muted}>—</span>;
  return (
    <>
      <CollapsedList
        items={row.risks}
        what="risks"
        listStyle={cellList}
        keyOf={(r) => r.key ?? r.title}
        testId="soa-risk-list"
        render={(r) => (
          <>
            {r.key ? (
              <>
                <IssueKeyLink issueKey={r.key} />{' '}
              </>
            ) : null}
            {r.title}
            {r.levelLabel ? ` (${r.levelLabel})` : ''}
          </>
        )}
      />
      {hasUnlistedRisks(row) && (
        <MoreInJira
          shown={row.risks.length}
          total={riskCountOf(row)}
          what="risks"
          jql={jql ?? null}
          testId="soa-more-risks"
        />
      )}
    </>
  );
}

function cells(
  row: SoaRow,
  owners: Readonly<Record<string, string>>,
  riskSearches: Readonly<Record<string, string>>,
  today: string,
) {
  const [applicability, appearance] = APPLICABILITY[row.applicability];
  const status = row.implementationStatus ? STATUS[row.implementationStatus] : undefined;
  return [
    {
      key: 'control',
      content: (
        <span>
          {row.ref}
          {row.recordKey ? (
            <span style={{ display: 'block' }}>
              <IssueKeyLink issueKey={row.recordKey} />
            </span>
          ) : null}
        </span>
      ),
    },
    { key: 'title', content: row.title },
    { key: 'applicability', content: <Lozenge appearance={appearance}>{applicability}</Lozenge> },
    { key: 'justification', content: <Justification row={row} /> },
    {
      key: 'status',
      content: status ? (
        <Lozenge appearance={status[1]}>{status[0]}</Lozenge>
      ) : (
        <span style={muted}>—</span>
      ),
    },
    {
      key: 'owner',
      content: row.ownerAccountId ? (
        (owners[row.ownerAccountId] ?? row.ownerAccountId)
      ) : (
        <span style={muted}>—</span>
      ),
    },
    {
      key: 'risks',
      content: <RiskList row={row} jql={row.recordKey ? riskSearches[row.recordKey] : undefined} />,
    },
    { key: 'evidence', content: <EvidenceList row={row} today={today} /> },
  ];
}

/** One table per objective group (A.2–A.10, organization controls), with the group's totals. */
export function SoaTables({
  section,
  owners,
  riskSearches,
  today,
  label,
}: {
  section: SoaSection;
  owners: Readonly<Record<string, string>>;
  riskSearches: Readonly<Record<string, string>>;
  today: string;
  label: string;
}) {
  if (section.groups.length === 0) {
    return <p style={muted}>No control matches the filters.</p>;
  }
  return (
    <div data-testid={`soa-tables-${label}`}>
      {section.groups.map((group) => {
        const title = group.id === 'ORG' ? group.title : `${group.ref} ${group.title}`;
        return (
          <section key={group.id} aria-label={title} data-testid="soa-group">
            <div style={groupHeading}>
              <Heading size="xsmall" as="h3">
                {title}
              </Heading>
              <span style={muted}>{totalsText(group.totals)}</span>
            </div>
            <DynamicTable
              label={`${title} (${label === 'live' ? 'live from Jira' : 'approved version'})`}
              head={HEAD}
              rows={group.rows.map((row) => ({
                key: row.controlId,
                cells: cells(row, owners, riskSearches, today),
              }))}
              isFixedSize
            />
          </section>
        );
      })}
    </div>
  );
}
