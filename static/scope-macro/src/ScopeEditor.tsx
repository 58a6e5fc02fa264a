import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Problem } from '../../common';
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
 * and refuses what is missing, keeping nothing); Cancel leaves it as it was.
 */
export function ScopeEditor({
  content,
  onSave,
  onCancel,
  error,
  saving,
}: {
  content: ScopeContext | undefined;
  onSave: (payload: Record<string, unknown>) => void;
  onCancel: () => void;
  error: unknown;
  saving: boolean;
}) {
  const [draft, setDraft] = useState<ScopeDraft>(() => draftOf(content));
  const change = (part: Partial<ScopeDraft>) => setDraft((d) => ({ ...d, ...part }));
  return (
    <form
      aria-label="Edit the scope and context"
      data-testid="scope-editor"
      style={stack}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(payloadOf(draft));
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
