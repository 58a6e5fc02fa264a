import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { Column } from '../../common';
import { looseStack, muted } from '../../common/styles';
import { AIMS_REQUIREMENTS } from '../../../src/domain/catalog/requirements';
import { RequirementTables } from '../../common/RequirementTables';
import { ShowFilter } from '../../common/ShowFilter';
import { IssueKeyLink } from '../../common/IssueKeyLink';
import type { Requirement } from '../../../src/domain/catalog/requirements';
import type { GapAssessment } from '../../../src/domain/gap-analysis/gap-assessment';
import type { GapMacroView } from '../../../src/ui-contract/gap-macro-view';
import { AssessRequirement } from './AssessRequirement';
import { STATUS_APPEARANCE, statusName } from './gap-status';

type Filter = 'all' | 'unassessed' | 'gaps';
const FILTERS = [
  { value: 'all', label: 'All requirements' },
  { value: 'unassessed', label: 'Not assessed yet' },
  { value: 'gaps', label: 'Gaps (not started or partly)' },
] as const;

/** Every requirement with its assessment, by clause and Annex A objective; assessable in place. */
export function GapRequirements({
  view,
  assessment,
  onSaved,
}: {
  view: GapMacroView;
  assessment: GapAssessment;
  onSaved: () => void;
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const canAssess = !assessment.completed && view.viewer.assessBlockers.length === 0;
  const shown = AIMS_REQUIREMENTS.filter((r) => {
    const item = assessment.items[r.ref];
    if (filter === 'unassessed') return !item;
    if (filter === 'gaps') return item?.status === 'not-started' || item?.status === 'partly';
    return true;
  });
  const columns: readonly Column<Requirement>[] = [
    { key: 'ref', title: 'Requirement', width: 30, cell: (r) => `${r.ref} ${r.title}` },
    {
      key: 'status',
      title: 'Status',
      cell: (r) => {
        const item = assessment.items[r.ref];
        return item ? (
          <Lozenge appearance={STATUS_APPEARANCE[item.status]}>{statusName(item.status)}</Lozenge>
        ) : (
          <span style={muted}>Not assessed</span>
        );
      },
    },
    {
      key: 'gap',
      title: 'Gap or justification',
      width: 30,
      cell: (r) => assessment.items[r.ref]?.gap ?? assessment.items[r.ref]?.justification ?? '',
    },
    {
      key: 'evidence',
      title: 'Evidence',
      cell: (r) => (
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          {(assessment.items[r.ref]?.evidence ?? []).map((e) => (
            <li key={e.url}>
              <a href={e.url} target="_blank" rel="noreferrer noopener">
                {e.label ?? e.url}
              </a>
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'issue',
      title: 'Issue',
      cell: (r) => {
        const key = assessment.gapIssues[r.ref];
        return key ? <IssueKeyLink issueKey={key} /> : '';
      },
    },
    ...(canAssess
      ? [
          {
            key: 'assess',
            title: 'Assess',
            cell: (r: Requirement) => (
              <Button
                appearance="subtle"
                aria-label={`Assess ${r.ref} ${r.title}`}
                onClick={() => setEditing(r.ref)}
              >
                Assess
              </Button>
            ),
          },
        ]
      : []),
  ];
  const editingRequirement = AIMS_REQUIREMENTS.find((r) => r.ref === editing);
  return (
    <div style={looseStack} data-testid="gap-requirements">
      <ShowFilter<Filter>
        id="gap-filter"
        options={FILTERS}
        value={filter}
        onChange={setFilter}
        shown={shown.length}
        total={AIMS_REQUIREMENTS.length}
        noun="requirements"
      />
      {!canAssess && !assessment.completed && (
        <p style={muted}>{view.viewer.assessBlockers.join(' ')}</p>
      )}
      {editingRequirement && (
        <AssessRequirement
          key={editingRequirement.ref}
          assessmentId={assessment.id}
          requirement={editingRequirement}
          item={assessment.items[editingRequirement.ref]}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            onSaved();
          }}
        />
      )}
      <RequirementTables rows={shown} columns={columns} />
    </div>
  );
}
