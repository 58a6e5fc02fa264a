import { useState } from 'react';
import Button from '@atlaskit/button/new';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { Problem, callResolver, useAction, useReportUnsaved } from '../../common';
import { PersonField } from '../../common/PersonField';
import { SelectField } from '../../common/SelectField';
import { label, muted, row, stack } from '../../common/styles';
import { REVIEW_DECISION_KINDS } from '../../../src/domain/records/management-review';
import type { ReviewDecisionKind } from '../../../src/domain/records/management-review';
import { decisionAddedSchema } from '../../../src/ui-contract/review-macro-view';
import { DECISION_KIND_LABELS } from '../../../src/ui-contract/review-labels';
import type { PersonView } from '../../../src/ui-contract/wire-shapes';

const newDecisionId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const KIND_OPTIONS = REVIEW_DECISION_KINDS.map((k) => ({
  value: k,
  label: DECISION_KIND_LABELS[k],
}));

/** The form that records a decision of the review (9.3.3) as an AIMS Action in Jira. */
export function AddDecision({
  people,
  onAdded,
}: {
  people: readonly PersonView[];
  onAdded: (actionKey: string) => void;
}) {
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<ReviewDecisionKind>('continual-improvement');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  // One id per decision being entered: a retry of the same decision never makes a second action.
  const [decisionId, setDecisionId] = useState(newDecisionId);
  const { run, running, error } = useAction();
  const dueInvalid = dueDate !== '' && !DATE.test(dueDate);

  const addDecision = async (): Promise<void> => {
    const result = await callResolver('addDecision', decisionAddedSchema, {
      id: decisionId,
      kind,
      description,
      ...(owner ? { ownerAccountId: owner } : {}),
      ...(dueDate ? { dueDate } : {}),
    });
    setDescription('');
    setOwner('');
    setDueDate('');
    setDecisionId(newDecisionId());
    onAdded(result.actionKey);
  };
  const add = () => run(addDecision);
  const typed = description.trim();
  useReportUnsaved(
    'review-new-decision',
    typed !== '',
    `A decision not added yet: “${typed.length > 60 ? `${typed.slice(0, 60)}…` : typed}”`,
    addDecision,
  );

  return (
    <form
      aria-label="Add a decision"
      style={stack}
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <div>
        <label htmlFor="decision-text" style={label}>
          Decision
        </label>
        <TextArea
          id="decision-text"
          value={description}
          minimumRows={2}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
      </div>
      <div style={row}>
        <SelectField
          id="decision-kind"
          title="Kind"
          options={KIND_OPTIONS}
          value={kind}
          onChange={(value) => value && setKind(value)}
          style={{ minWidth: 220 }}
        />
        <PersonField
          id="decision-owner"
          title="Owner"
          people={people}
          accountId={owner}
          onChange={setOwner}
          isClearable
          style={{ minWidth: 220 }}
        />
        <div>
          <label htmlFor="decision-due" style={label}>
            Due date (YYYY-MM-DD)
          </label>
          <Textfield
            id="decision-due"
            value={dueDate}
            placeholder="2026-12-31"
            isInvalid={dueInvalid}
            aria-describedby={dueInvalid ? 'decision-due-error' : undefined}
            onChange={(e) => setDueDate(e.currentTarget.value.trim())}
          />
          {dueInvalid && (
            <p id="decision-due-error" style={muted} role="alert">
              Write the date like 2026-12-31.
            </p>
          )}
        </div>
      </div>
      {error !== undefined && <Problem error={error} title="The decision was not recorded" />}
      <div style={row}>
        <Button
          type="submit"
          appearance="primary"
          isDisabled={running || description.trim() === '' || dueInvalid}
        >
          Add decision
        </Button>
        <span style={muted}>Creates an AIMS Action in Jira, linked to this review.</span>
      </div>
    </form>
  );
}
