import type { CSSProperties } from 'react';
import { useState } from 'react';
import { Problem } from '../../../common';
import { label, nativeSelect, tightStack } from '../../../common/styles';
import type {
  IssuePanelView,
  PanelActionsView,
} from '../../../../src/ui-contract/issue-panel-view';
import { CreateLinkedForm } from './CreateLinkedForm';
import { PeoplePickers } from './PeoplePickers';
import { PersonSelect } from './PersonSelect';
import { TransitionButtons } from './TransitionButtons';
import { usePeople } from './people';

const fieldSelect: CSSProperties = { ...nativeSelect, minHeight: '2.25rem', width: '100%' };

function GradeSelect({
  grades,
  value,
  onChange,
}: {
  grades: readonly string[];
  value: string;
  onChange: (grade: string) => void;
}) {
  return (
    <div>
      <label htmlFor="add-finding-grade" style={label}>
        Finding grade
      </label>
      <select
        id="add-finding-grade"
        style={fieldSelect}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">Choose…</option>
        {grades.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </select>
    </div>
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
  const formKey = linkedKeys.join(',');
  const wantsPeople = actions.people.length > 0 || actions.createCorrectiveAction;
  const { people, problem } = usePeople(wantsPeople);
  const [implementer, setImplementer] = useState('');
  const [grade, setGrade] = useState('');
  return (
    <section aria-label="Actions for this step" style={tightStack} data-testid="panel-actions">
      <TransitionButtons transitions={actions.transitions} onChange={onChange} />
      {problem !== undefined && <Problem error={problem} title="The people could not be listed" />}
      {actions.createCorrectiveAction && (
        <CreateLinkedForm
          key={`ca-${formKey}`}
          id="create-corrective-action"
          title="New corrective action"
          hint="Created in Jira as you, already linked: it corrects this nonconformity."
          functionKey="createCorrectiveAction"
          submitLabel="Create corrective action"
          extraPayload={implementer ? { implementerAccountId: implementer } : {}}
          extra={
            <PersonSelect
              id="create-corrective-action-implementer"
              title="Implementer"
              people={people}
              value={implementer}
              onChange={setImplementer}
              none="Unassigned"
            />
          }
          onChange={onChange}
        />
      )}
      {actions.addFinding && (
        <CreateLinkedForm
          key={`finding-${formKey}`}
          id="add-finding"
          title="Add a finding"
          hint="Created in Jira as you, already linked: it was found in this audit."
          functionKey="addFinding"
          submitLabel="Add finding"
          extraPayload={{ grade }}
          extra={<GradeSelect grades={actions.findingGrades} value={grade} onChange={setGrade} />}
          onChange={onChange}
        />
      )}
      <PeoplePickers choices={actions.people} people={people} onChange={onChange} />
    </section>
  );
}
