import type { CSSProperties } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { useI18n } from '../../common';
import type { Translator } from '../../common';
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

const applicabilityOf = (
  t: Translator['t'],
): Record<SoaRow['applicability'], [string, LozengeAppearance]> => ({
  included: [t('soa.status.included'), 'success'],
  excluded: [t('soa.status.excluded'), 'removed'],
  undecided: [t('soa.status.undecided'), 'moved'],
});

const statusOf = (
  t: Translator['t'],
): Record<NonNullable<SoaRow['implementationStatus']>, [string, LozengeAppearance]> => ({
  implemented: [t('soa.status.implemented'), 'success'],
  'in-progress': [t('soa.status.inProgress'), 'inprogress'],
  planned: [t('soa.status.planned'), 'new'],
  'not-started': [t('soa.status.notStarted'), 'default'],
});

/** A group's totals in one line ("5 applicable · 3 implemented (60%) · …"). */
export function totalsText(i18n: Translator, totals: SoaTotalsView): string {
  const { t, percent } = i18n;
  return t('soa.table.totals', {
    applicable: totals.applicable,
    implemented: totals.implemented,
    percent: totals.implementedPercent === null ? t('soa.na') : percent(totals.implementedPercent),
    excluded: totals.excluded,
    undecided: totals.undecided,
  });
}

const head = (t: Translator['t']) => ({
  cells: [
    { key: 'control', content: t('soa.table.control'), width: 10 },
    { key: 'title', content: t('soa.table.title'), width: 16 },
    { key: 'applicability', content: t('soa.table.applicability'), width: 10 },
    { key: 'justification', content: t('soa.table.justification'), width: 20 },
    { key: 'status', content: t('soa.table.implementation'), width: 10 },
    { key: 'owner', content: t('soa.table.owner'), width: 10 },
    { key: 'risks', content: t('soa.table.risks'), width: 12 },
    { key: 'evidence', content: t('soa.table.evidence'), width: 12 },
  ],
});

function Justification({ row }: { row: SoaRow }) {
  const { t } = useI18n();
  if (row.justification) return <span>{row.justification}</span>;
  if (row.applicability === 'undecided')
    return <span style={muted}>{t('soa.table.noDecision')}</span>;
  return <Lozenge appearance="removed">{t('soa.status.justificationMissing')}</Lozenge>;
}

/** The risks a row lists; under them, when they are the first of more, how many and a link to all. */
function RiskList({ row, jql }: { row: SoaRow; jql: string | undefined }) {
  const { t } = useI18n();
  if (row.risks.length === 0) return <span style={muted}>—</span>;
  return (
    <>
      <CollapsedList
        items={row.risks}
        what={t('soa.table.risksNoun')}
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
          what={t('soa.table.risksNoun')}
          jql={jql ?? null}
          testId="soa-more-risks"
        />
      )}
    </>
  );
}

function cells(
  t: Translator['t'],
  row: SoaRow,
  owners: Readonly<Record<string, string>>,
  riskSearches: Readonly<Record<string, string>>,
  today: string,
) {
  const [applicability, appearance] = applicabilityOf(t)[row.applicability];
  const status = row.implementationStatus ? statusOf(t)[row.implementationStatus] : undefined;
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
  version,
}: {
  section: SoaSection;
  owners: Readonly<Record<string, string>>;
  riskSearches: Readonly<Record<string, string>>;
  today: string;
  /** Which rows these are: live from Jira, or the approved version. */
  version: 'live' | 'approved';
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (section.groups.length === 0) {
    return <p style={muted}>{t('soa.table.noMatch')}</p>;
  }
  return (
    <div data-testid={`soa-tables-${version}`}>
      {section.groups.map((group) => {
        const title = group.id === 'ORG' ? group.title : `${group.ref} ${group.title}`;
        return (
          <section key={group.id} aria-label={title} data-testid="soa-group">
            <div style={groupHeading}>
              <Heading size="xsmall" as="h3">
                {title}
              </Heading>
              <span style={muted}>{totalsText(i18n, group.totals)}</span>
            </div>
            <DynamicTable
              label={
                version === 'live'
                  ? t('soa.table.live', { title })
                  : t('soa.table.approved', { title })
              }
              head={head(t)}
              rows={group.rows.map((row) => ({
                key: row.controlId,
                cells: cells(t, row, owners, riskSearches, today),
              }))}
              isFixedSize
            />
          </section>
        );
      })}
    </div>
  );
}
