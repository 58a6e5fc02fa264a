import { useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { z } from 'zod';
import { callResolver, Problem } from '../../common';
import { REVIEW_DECISION_KINDS } from '../../../src/domain/records/management-review';
import type { ReviewDecisionKind } from '../../../src/domain/records/management-review';
import { DECISION_KIND_LABELS } from '../../../src/ui-contract/review-labels';
import type { ConfiguredReviewView } from '../../../src/ui-contract/review-macro-view';
import type { PersonView } from '../../../src/ui-contract/wire-shapes';
import { label, muted, row, ruledSection, stack, subheading } from '../../common/styles';

const addedSchema = z.object({ actionKey: z.string(), created: z.boolean() });

const newDecisionId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 9.3.3: the decisions of the review; each one becomes an AIMS Action in Jira. */
export function Decisions({
  view,
  people,
  lastAdded,
  onAdded,
}: {
  view: ConfiguredReviewView;
  people: readonly PersonView[];
  /** The action key of the decision added last (kept by the parent across reloads). */
  lastAdded: string | undefined;
  onAdded: (actionKey: string) => void;
}) {
  const editable = view.state === 'draft' && view.editBlockers.length === 0;
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<ReviewDecisionKind>('continual-improvement');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  // One id per decision being entered: a retry of the same decision never makes a second action.
  const [decisionId, setDecisionId] = useState(newDecisionId);
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  const dueInvalid = dueDate !== '' && !DATE.test(dueDate);
  const ownerOptions = people.map((p) => ({ value: p.accountId, label: p.displayName }));
  const kindOptions = REVIEW_DECISION_KINDS.map((k) => ({
    value: k,
    label: DECISION_KIND_LABELS[k],
  }));

  const add = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const result = await callResolver('addDecision', addedSchema, {
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
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const rows = view.decisions.map((d, i) => ({
    key: d.id ?? String(i),
    cells: [
      { key: 'description', content: d.description },
      { key: 'kind', content: DECISION_KIND_LABELS[d.kind] },
      { key: 'owner', content: d.owner?.displayName ?? '—' },
      { key: 'due', content: d.dueDate ?? '—' },
      {
        key: 'action',
        content: d.actionKey ? (
          <Lozenge appearance="inprogress">{d.actionKey}</Lozenge>
        ) : (
          <span style={muted}>not created</span>
        ),
      },
    ],
  }));

  return (
    <section style={ruledSection} aria-labelledby="decisions" data-testid="decisions">
      <h3 id="decisions" style={subheading}>
        Decisions (9.3.3)
      </h3>
      <DynamicTable
        label="Decisions of the review"
        head={{
          cells: [
            { key: 'description', content: 'Decision' },
            { key: 'kind', content: 'Kind' },
            { key: 'owner', content: 'Owner' },
            { key: 'due', content: 'Due' },
            { key: 'action', content: 'AIMS Action' },
          ],
        }}
        rows={rows}
        emptyView={<p style={muted}>No decisions recorded.</p>}
      />
      {lastAdded && (
        <p role="status" data-testid="decision-added">
          Decision recorded as AIMS Action <strong>{lastAdded}</strong>.
        </p>
      )}
      {editable && (
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
            <div style={{ minWidth: 220 }}>
              <label htmlFor="decision-kind" style={label}>
                Kind
              </label>
              <Select
                inputId="decision-kind"
                options={kindOptions}
                value={kindOptions.find((o) => o.value === kind) ?? null}
                onChange={(o) => o && setKind(o.value)}
              />
            </div>
            <div style={{ minWidth: 220 }}>
              <label htmlFor="decision-owner" style={label}>
                Owner
              </label>
              <Select
                inputId="decision-owner"
                options={ownerOptions}
                value={ownerOptions.find((o) => o.value === owner) ?? null}
                onChange={(o) => setOwner(o?.value ?? '')}
                placeholder="Choose the owner"
                isClearable
              />
            </div>
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
              isDisabled={saving || description.trim() === '' || dueInvalid}
            >
              Add decision
            </Button>
            <span style={muted}>Creates an AIMS Action in Jira, linked to this review.</span>
          </div>
        </form>
      )}
    </section>
  );
}
