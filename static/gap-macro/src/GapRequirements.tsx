import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { useI18n } from '../../common';
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
  const { t } = useI18n();
  const filters = [
    { value: 'all', label: t('gap.filter.all') },
    { value: 'unassessed', label: t('gap.filter.unassessed') },
    { value: 'gaps', label: t('gap.filter.gaps') },
  ] as const;
  const canAssess = !assessment.completed && view.viewer.assessBlockers.length === 0;
  const shown = AIMS_REQUIREMENTS.filter((r) => {
    const item = assessment.items[r.ref];
    if (filter === 'unassessed') return !item;
    if (filter === 'gaps') return item?.status === 'not-started' || item?.status === 'partly';
    return true;
  });
  const columns: readonly Column<Requirement>[] = [
    {
      key: 'ref',
      title: t('gap.column.requirement'),
      width: 30,
      cell: (r) => `${r.ref} ${r.title}`,
    },
    {
      key: 'status',
      title: t('gap.column.status'),
      cell: (r) => {
        const item = assessment.items[r.ref];
        return item ? (
          <Lozenge appearance={STATUS_APPEARANCE[item.status]}>
            {statusName(t, item.status)}
          </Lozenge>
        ) : (
          <span style={muted}>{t('gap.status.unassessed')}</span>
        );
      },
    },
    {
      key: 'gap',
      title: t('gap.column.gapOrJustification'),
      width: 30,
      cell: (r) => assessment.items[r.ref]?.gap ?? assessment.items[r.ref]?.justification ?? '',
    },
    {
      key: 'evidence',
      title: t('gap.column.evidence'),
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
      title: t('gap.column.issue'),
      cell: (r) => {
        const key = assessment.gapIssues[r.ref];
        return key ? <IssueKeyLink issueKey={key} /> : '';
      },
    },
    ...(canAssess
      ? [
          {
            key: 'assess',
            title: t('gap.assess.button'),
            cell: (r: Requirement) => (
              <Button
                appearance="subtle"
                aria-label={t('gap.assess.title', { ref: r.ref, title: r.title })}
                onClick={() => setEditing(r.ref)}
              >
                {t('gap.assess.button')}
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
        options={filters}
        value={filter}
        onChange={setFilter}
        shown={shown.length}
        total={AIMS_REQUIREMENTS.length}
        noun={t('gap.requirements')}
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
