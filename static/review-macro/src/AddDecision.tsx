import { useState } from 'react';
import Button from '@atlaskit/button/new';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { Problem, callResolver, useAction, useI18n, useReportUnsaved } from '../../common';
import { PersonField } from '../../common/PersonField';
import { SelectField } from '../../common/SelectField';
import { label, muted, row, stack } from '../../common/styles';
import { REVIEW_DECISION_KINDS } from '../../../src/domain/records/management-review';
import type { ReviewDecisionKind } from '../../../src/domain/records/management-review';
import { decisionAddedSchema } from '../../../src/ui-contract/review-macro-view';
import type { PersonView } from '../../../src/ui-contract/wire-shapes';
import { decisionKindLabel } from './review-words';

const newDecisionId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The form that records a decision of the review (9.3.3) as an AIMS Action in Jira. */
export function AddDecision({
  people,
  onAdded,
}: {
  people: readonly PersonView[];
  onAdded: (actionKey: string) => void;
}) {
  const { t } = useI18n();
  const kindOptions = REVIEW_DECISION_KINDS.map((k) => ({
    value: k,
    label: decisionKindLabel(t, k),
  }));
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
    t('review.add.unsaved', { text: typed.length > 60 ? `${typed.slice(0, 60)}…` : typed }),
    addDecision,
  );

  return (
    <form
      aria-label={t('review.add.label')}
      style={stack}
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <div>
        <label htmlFor="decision-text" style={label}>
          {t('review.decisions.decision')}
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
          title={t('review.decisions.kind')}
          options={kindOptions}
          value={kind}
          onChange={(value) => value && setKind(value)}
          style={{ minWidth: 220 }}
        />
        <PersonField
          id="decision-owner"
          title={t('review.owner')}
          people={people}
          accountId={owner}
          onChange={setOwner}
          isClearable
          style={{ minWidth: 220 }}
        />
        <div>
          <label htmlFor="decision-due" style={label}>
            {t('review.add.due')}
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
              {t('review.add.dueInvalid')}
            </p>
          )}
        </div>
      </div>
      {error !== undefined && <Problem error={error} title={t('review.add.failed')} />}
      <div style={row}>
        <Button
          type="submit"
          appearance="primary"
          isDisabled={running || description.trim() === '' || dueInvalid}
        >
          {t('review.add.button')}
        </Button>
        <span style={muted}>{t('review.add.creates')}</span>
      </div>
    </form>
  );
}
