import type { ReactNode } from 'react';
import Lozenge from '@atlaskit/lozenge';
import { KeyValueTable, TitledSection } from '../../common';
import {
  keyCell,
  keyValueTable,
  minorHeading,
  muted,
  preWrap,
  valueCell,
} from '../../common/styles';
import { AI_ROLE_NAMES } from '../../../src/domain/records/ai-role-names';
import { CONTEXT_ISSUE_KIND_NAMES } from '../../../src/domain/scope/scope-context';
import type { ScopeContext } from '../../../src/domain/scope/scope-context';
import type { ScopeAiSystems } from '../../../src/ui-contract/scope-ai-systems-view';
import { AiSystemsInScope } from './AiSystemsInScope';

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

const yesNo = (value: boolean) => (
  <Lozenge appearance={value ? 'success' : 'default'}>{value ? 'Yes' : 'No'}</Lozenge>
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
  const requirements = content.parties.flatMap((party) =>
    party.requirements.map((r, i) => ({ party, r, first: i === 0 })),
  );
  return (
    <>
      <TitledSection
        titleId="scope-statement"
        title="Scope of the AIMS (4.3)"
        testId="scope-statement"
      >
        <p style={preWrap}>{scope.statement}</p>
        <KeyValueTable
          label="Scope"
          rows={[
            ['Boundaries', <span style={preWrap}>{scope.boundaries}</span>],
            ['Organizational units', scope.organizationalUnits.join(', ')],
            ['Locations', scope.locations.join(', ')],
          ]}
        />
        <h4 style={minorHeading}>AI systems in scope</h4>
        <AiSystemsInScope systems={aiSystems} />
        <h4 style={minorHeading}>Exclusions</h4>
        {scope.exclusions.length > 0 ? (
          <Table
            label="Exclusions"
            headers={['Excluded', 'Justification']}
            items={scope.exclusions}
            keyOf={(e) => e.id}
            cells={(e) => [e.what, e.justification]}
            testId="scope-exclusions"
          />
        ) : (
          <p style={muted}>Nothing is excluded.</p>
        )}
      </TitledSection>
      <TitledSection
        titleId="scope-context"
        title="Context of the organization (4.1)"
        testId="scope-context"
      >
        <Table
          label="Internal and external issues"
          headers={['Issue', 'Internal or external', 'How it affects the AIMS']}
          items={content.issues}
          keyOf={(i) => i.id}
          cells={(i) => [i.title, CONTEXT_ISSUE_KIND_NAMES[i.kind], i.description ?? '—']}
          testId="scope-issues"
        />
        <KeyValueTable
          label="Climate change and AI roles"
          testId="scope-climate"
          rows={[
            [
              'Climate change is a relevant issue',
              <span>
                {yesNo(content.climateChange.relevant)} {content.climateChange.note}
              </span>,
            ],
            [
              "The organization's AI roles",
              <span>
                {content.aiRoles.roles.map((r) => AI_ROLE_NAMES[r]).join(', ')}
                {content.aiRoles.note ? ` — ${content.aiRoles.note}` : ''}
              </span>,
            ],
          ]}
        />
      </TitledSection>
      <TitledSection
        titleId="scope-parties"
        title="Interested parties (4.2)"
        testId="scope-parties"
      >
        <Table
          label="Interested parties and their requirements"
          headers={['Interested party', 'Relevant requirement', 'Addressed by the AIMS']}
          items={requirements}
          keyOf={({ r }) => r.id}
          cells={({ party, r, first }) => [
            first ? (
              <span>
                <strong>{party.name}</strong> ({party.kind})
                {party.note ? <span style={muted}> — {party.note}</span> : null}
              </span>
            ) : (
              ''
            ),
            r.text,
            yesNo(r.addressed),
          ]}
        />
      </TitledSection>
    </>
  );
}
