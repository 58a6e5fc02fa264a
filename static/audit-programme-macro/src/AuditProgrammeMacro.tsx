import { useState } from 'react';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { router } from '@forge/bridge';
import { KeyValueTable, Loading, Problem, callResolver, useAsync, useI18n } from '../../common';
import { RequirementTables } from '../../common/RequirementTables';
import { ShowFilter } from '../../common/ShowFilter';
import type { Column, Translator } from '../../common';
import { link, looseStack, muted, roomyFrame } from '../../common/styles';
import { issueSearchPath } from '../../../src/ui-contract/issue-search-link';
import type { AuditProgrammeView } from '../../../src/ui-contract/audit-programme-view';
import { auditProgrammeViewSchema } from '../../../src/ui-contract/audit-programme-view';
import { IssueKeyLink, IssueKeyList } from '../../common/IssueKeyLink';

type Configured = Extract<AuditProgrammeView, { configured: true }>;
type Row = Configured['rows'][number];
type Filter = 'all' | 'not-covered' | 'planned';
const filters = (t: Translator['t']) =>
  [
    { value: 'all', label: t('auditProgramme.filter.all') },
    { value: 'not-covered', label: t('auditProgramme.filter.notCovered') },
    { value: 'planned', label: t('auditProgramme.filter.planned') },
  ] as const;

const columns = ({ t, date }: Translator): readonly Column<Row>[] => [
  {
    key: 'ref',
    title: t('auditProgramme.column.requirement'),
    width: 45,
    cell: (r) => `${r.ref} ${r.title}`,
  },
  {
    key: 'state',
    title: t('auditProgramme.column.coverage'),
    cell: (r) =>
      r.audited ? (
        <Lozenge appearance="success">{t('auditProgramme.coverage.audited')}</Lozenge>
      ) : r.planned ? (
        <Lozenge appearance="inprogress">{t('auditProgramme.coverage.planned')}</Lozenge>
      ) : (
        <Lozenge appearance="removed">{t('auditProgramme.coverage.notCovered')}</Lozenge>
      ),
  },
  {
    key: 'audits',
    title: t('auditProgramme.column.audits'),
    cell: (r) =>
      r.audits.length === 0 ? (
        '—'
      ) : (
        <IssueKeyList
          items={r.audits.map((a) => ({
            key: a.key,
            note: a.closedOn
              ? t('auditProgramme.auditClosedOn', { date: date(a.closedOn) })
              : t('auditProgramme.auditOpen'),
          }))}
        />
      ),
  },
];

/** The internal audit programme (9.2.2) and its cycle's coverage of clauses 4–10 and Annex A. */
export function AuditProgrammeMacro() {
  const { state } = useAsync(() => callResolver('getView', auditProgrammeViewSchema), []);
  const [filter, setFilter] = useState<Filter>('all');
  const i18n = useI18n();
  const { t, tn } = i18n;
  if (state.status === 'error') {
    return (
      <div style={roomyFrame}>
        <Problem title={t('auditProgramme.loadFailed')} error={state.error} />
      </div>
    );
  }
  if (state.status !== 'ready') {
    return (
      <div style={roomyFrame}>
        <Loading label={t('auditProgramme.loading')} />
      </div>
    );
  }
  if (!state.data.configured) {
    return (
      <div style={roomyFrame} data-testid="audit-programme-not-configured">
        <SectionMessage appearance="warning" title={t('auditProgramme.title')}>
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
      aria-label={t('auditProgramme.title')}
      data-testid="audit-programme-macro"
      style={{ ...roomyFrame, ...looseStack }}
    >
      <div>
        <Heading size="small" as="h2">
          {t('auditProgramme.heading', { cycle: view.config.cycle })}
        </Heading>
        <p style={muted}>
          {t('auditProgramme.source', { project: view.config.projectKey })} ·{' '}
          <a
            href={searchPath}
            style={{ ...link, textDecoration: 'underline' }}
            onClick={(e) => {
              e.preventDefault();
              void router.open(searchPath);
            }}
          >
            {tn('auditProgramme.auditsInJira', view.audits.length)}
          </a>
        </p>
      </div>
      <KeyValueTable
        label={t('auditProgramme.programme')}
        rows={[
          [t('auditProgramme.frequency'), view.config.frequency],
          [t('auditProgramme.methods'), view.config.methods],
          [t('auditProgramme.responsibilities'), view.config.responsibilities],
        ]}
      />
      <p data-testid="audit-coverage-summary">
        {t('auditProgramme.summary', {
          audited: view.audited,
          total: view.rows.length,
          planned: view.plannedOnly,
          notCovered: view.notCovered,
        })}
      </p>
      {view.audits.some((a) => a.unknownRefs.length > 0) && (
        <SectionMessage appearance="warning" title={t('auditProgramme.unknownRefs')}>
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
        options={filters(t)}
        value={filter}
        onChange={setFilter}
        shown={rows.length}
        total={view.rows.length}
        noun={t('auditProgramme.requirements')}
      />
      <div data-testid="audit-coverage">
        <RequirementTables rows={rows} columns={columns(i18n)} />
      </div>
    </section>
  );
}
