import { useState } from 'react';
import { NativeSelectField, Problem, useI18n } from '../../../common';
import { tightStack } from '../../../common/styles';
import type {
  IssuePanelView,
  PanelActionsView,
} from '../../../../src/ui-contract/issue-panel-view';
import { CreateLinkedForm } from './CreateLinkedForm';
import { PeoplePickers } from './PeoplePickers';
import { PersonSelect } from './PersonSelect';
import { TransitionButtons } from './TransitionButtons';
import { usePeople } from './people';

function GradeSelect({
  grades,
  value,
  onChange,
}: {
  grades: readonly string[];
  value: string;
  onChange: (grade: string) => void;
}) {
  const { t } = useI18n();
  return (
    <NativeSelectField
      id="add-finding-grade"
      title={t('panel.actions.grade')}
      placeholder={t('panel.choose')}
      options={grades.map((g) => ({ value: g, label: g }))}
      value={value}
      onChange={onChange}
    />
  );
}

/**
 * What can be done at this step, from the panel, as the viewer: run the next transition, create
 * a corrective action already linked, add a finding to an audit, choose the people.
 */
export function PanelActions({
  actions,
  linkedKeys,
  onChange,
}: {
  actions: PanelActionsView;
  /** The issue's linked issues: a create form starts afresh (a new request) once one is added. */
  linkedKeys: readonly string[];
  onChange: (panel: IssuePanelView) => void;
}) {
  const { t } = useI18n();
  const formKey = linkedKeys.join(',');
  const wantsPeople = actions.people.length > 0 || actions.createCorrectiveAction;
  const { people, problem } = usePeople(wantsPeople);
  const [implementer, setImplementer] = useState('');
  const [grade, setGrade] = useState('');
  return (
    <section aria-label={t('panel.actions.label')} style={tightStack} data-testid="panel-actions">
      <TransitionButtons transitions={actions.transitions} onChange={onChange} />
      {problem !== undefined && <Problem error={problem} title={t('panel.actions.noPeople')} />}
      {actions.createCorrectiveAction && (
        <CreateLinkedForm
          key={`ca-${formKey}`}
          id="create-corrective-action"
          title={t('panel.actions.newAction')}
          hint={t('panel.actions.newActionHint')}
          functionKey="createCorrectiveAction"
          submitLabel={t('panel.actions.createAction')}
          extraPayload={implementer ? { implementerAccountId: implementer } : {}}
          extra={
            <PersonSelect
              id="create-corrective-action-implementer"
              title={t('panel.implementer')}
              people={people}
              value={implementer}
              onChange={setImplementer}
              none={t('panel.unassigned')}
            />
          }
          onChange={onChange}
        />
      )}
      {actions.addFinding && (
        <CreateLinkedForm
          key={`finding-${formKey}`}
          id="add-finding"
          title={t('panel.actions.addFindingTitle')}
          hint={t('panel.actions.addFindingHint')}
          functionKey="addFinding"
          submitLabel={t('panel.actions.addFinding')}
          extraPayload={{ grade }}
          extra={<GradeSelect grades={actions.findingGrades} value={grade} onChange={setGrade} />}
          onChange={onChange}
        />
      )}
      <PeoplePickers choices={actions.people} people={people} onChange={onChange} />
    </section>
  );
}
