import type { ReactNode } from 'react';
import Lozenge from '@atlaskit/lozenge';
import { KeyValueTable, TitledSection, useI18n } from '../../common';
import type { Translator } from '../../common';
import {
  keyCell,
  keyValueTable,
  minorHeading,
  muted,
  preWrap,
  valueCell,
} from '../../common/styles';
import type { ScopeContext } from '../../../src/domain/scope/scope-context';
import type { ScopeAiSystems } from '../../../src/ui-contract/scope-ai-systems-view';
import { AiSystemsInScope } from './AiSystemsInScope';
import { AI_ROLE_LABELS, ISSUE_KIND_LABELS, PARTY_KIND_LABELS } from './scope-names';

/** A table with a header row, one body row per item. */
function Table<T>({
  label,
  headers,
  items,
  keyOf,
  cells,
  testId,
}: {
  label: string;
  headers: readonly string[];
  items: readonly T[];
  keyOf: (item: T, index: number) => string;
  cells: (item: T, index: number) => ReactNode[];
  testId?: string;
}) {
  return (
    <table style={keyValueTable} aria-label={label} data-testid={testId}>
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col" style={keyCell}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((item, i) => (
          <tr key={keyOf(item, i)}>
            {cells(item, i).map((c, j) => (
              <td key={headers[j]} style={valueCell}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const yesNo = (t: Translator['t'], value: boolean) => (
  <Lozenge appearance={value ? 'success' : 'default'}>
    {value ? t('scope.yes') : t('scope.no')}
  </Lozenge>
);

/** The scope and context as recorded (4.3, 4.1, 4.2), with the AI systems in scope from Jira. */
export function ScopeContentView({
  content,
  aiSystems,
}: {
  content: ScopeContext;
  aiSystems: ScopeAiSystems | null;
}) {
  const { scope } = content;
  const { t } = useI18n();
  const requirements = content.parties.flatMap((party) =>
    party.requirements.map((r, i) => ({ party, r, first: i === 0 })),
  );
  return (
    <>
      <TitledSection
        titleId="scope-statement"
        title={t('scope.statement.title')}
        testId="scope-statement"
      >
        <p style={preWrap}>{scope.statement}</p>
        <KeyValueTable
          label={t('scope.scope')}
          rows={[
            [t('scope.boundaries'), <span style={preWrap}>{scope.boundaries}</span>],
            [t('scope.units'), scope.organizationalUnits.join(', ')],
            [t('scope.locations'), scope.locations.join(', ')],
          ]}
        />
        <h4 style={minorHeading}>{t('scope.aiSystems')}</h4>
        <AiSystemsInScope systems={aiSystems} />
        <h4 style={minorHeading}>{t('scope.exclusions')}</h4>
        {scope.exclusions.length > 0 ? (
          <Table
            label={t('scope.exclusions')}
            headers={[t('scope.excluded'), t('scope.justification')]}
            items={scope.exclusions}
            keyOf={(e) => e.id}
            cells={(e) => [e.what, e.justification]}
            testId="scope-exclusions"
          />
        ) : (
          <p style={muted}>{t('scope.nothingExcluded')}</p>
        )}
      </TitledSection>
      <TitledSection
        titleId="scope-context"
        title={t('scope.context.title')}
        testId="scope-context"
      >
        <Table
          label={t('scope.issuesLabel')}
          headers={[t('scope.issue'), t('scope.internalOrExternal'), t('scope.affects')]}
          items={content.issues}
          keyOf={(i) => i.id}
          cells={(i) => [i.title, ISSUE_KIND_LABELS[i.kind](t), i.description ?? '—']}
          testId="scope-issues"
        />
        <KeyValueTable
          label={t('scope.climateRoles')}
          testId="scope-climate"
          rows={[
            [
              t('scope.climateRelevant'),
              <span>
                {yesNo(t, content.climateChange.relevant)} {content.climateChange.note}
              </span>,
            ],
            [
              t('scope.aiRoles'),
              <span>
                {content.aiRoles.roles.map((r) => AI_ROLE_LABELS[r](t)).join(', ')}
                {content.aiRoles.note ? ` — ${content.aiRoles.note}` : ''}
              </span>,
            ],
          ]}
        />
      </TitledSection>
      <TitledSection
        titleId="scope-parties"
        title={t('scope.parties.title')}
        testId="scope-parties"
      >
        <Table
          label={t('scope.partiesLabel')}
          headers={[t('scope.party'), t('scope.requirement'), t('scope.addressed')]}
          items={requirements}
          keyOf={({ r }) => r.id}
          cells={({ party, r, first }) => [
            first ? (
              <span>
                <strong>{party.name}</strong> ({PARTY_KIND_LABELS[party.kind](t)})
                {party.note ? <span style={muted}> — {party.note}</span> : null}
              </span>
            ) : (
              ''
            ),
            r.text,
            yesNo(t, r.addressed),
          ]}
        />
      </TitledSection>
    </>
  );
}
