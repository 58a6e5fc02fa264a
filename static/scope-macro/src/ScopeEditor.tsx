import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Problem, useReportUnsaved } from '../../common';
import { muted, row, stack } from '../../common/styles';
import type { ScopeContext } from '../../../src/domain/scope/scope-context';
import { ClimateRolesFields } from './ClimateRolesFields';
import { IssueFields } from './IssueFields';
import { PartyFields } from './PartyFields';
import { ScopeStatementFields } from './ScopeStatementFields';
import type { ScopeDraft } from './scope-draft';
import { draftOf, payloadOf } from './scope-draft';

/**
 * The owner's form for the whole scope and context: saved at once (the app checks every entry
 * and refuses what is missing, keeping nothing); Cancel leaves it as it was. What is typed and not
 * saved yet is named before an approval or a request reloads the macro, with the offer to save it.
 */
export function ScopeEditor({
  content,
  onSave,
  onCancel,
  error,
  saving,
}: {
  content: ScopeContext | undefined;
  /** Saves the content; resolves to whether it was saved (a refusal is shown here). */
  onSave: (payload: Record<string, unknown>) => Promise<boolean>;
  onCancel: () => void;
  error: unknown;
  saving: boolean;
}) {
  const [initial] = useState<ScopeDraft>(() => draftOf(content));
  const [draft, setDraft] = useState<ScopeDraft>(initial);
  const dirty = JSON.stringify(payloadOf(draft)) !== JSON.stringify(payloadOf(initial));
  useReportUnsaved('scope-content', dirty, 'The scope and context you are editing', async () => {
    if (!(await onSave(payloadOf(draft)))) {
      throw new Error('The scope and context was not saved (see the form).');
    }
  });
  const change = (part: Partial<ScopeDraft>) => setDraft((d) => ({ ...d, ...part }));
  return (
    <form
      aria-label="Edit the scope and context"
      data-testid="scope-editor"
      style={stack}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(payloadOf(draft));
      }}
    >
      <p style={muted}>
        As the document owner, you keep the scope and context. A change reopens an approved version:
        another AIMS manager approves it again.
      </p>
      <ScopeStatementFields draft={draft} onChange={change} />
      <IssueFields draft={draft} onChange={change} />
      <ClimateRolesFields draft={draft} onChange={change} />
      <PartyFields draft={draft} onChange={change} />
      {error !== undefined && (
        <Problem
          error={error}
          title="The scope and context was not saved"
          testId="scope-save-error"
        />
      )}
      <div style={row}>
        <Button type="submit" appearance="primary" isDisabled={saving}>
          Save the scope and context
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
