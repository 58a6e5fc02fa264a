import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Problem, useI18n, useReportUnsaved } from '../../common';
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
  const { t } = useI18n();
  const [initial] = useState<ScopeDraft>(() => draftOf(content));
  const [draft, setDraft] = useState<ScopeDraft>(initial);
  const dirty = JSON.stringify(payloadOf(draft)) !== JSON.stringify(payloadOf(initial));
  useReportUnsaved('scope-content', dirty, t('scope.editor.unsaved'), async () => {
    if (!(await onSave(payloadOf(draft)))) {
      throw new Error(t('scope.editor.notSavedSeeForm'));
    }
  });
  const change = (part: Partial<ScopeDraft>) => setDraft((d) => ({ ...d, ...part }));
  return (
    <form
      aria-label={t('scope.editor.label')}
      data-testid="scope-editor"
      style={stack}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(payloadOf(draft));
      }}
    >
      <p style={muted}>{t('scope.editor.intro')}</p>
      <ScopeStatementFields draft={draft} onChange={change} />
      <IssueFields draft={draft} onChange={change} />
      <ClimateRolesFields draft={draft} onChange={change} />
      <PartyFields draft={draft} onChange={change} />
      {error !== undefined && (
        <Problem error={error} title={t('scope.editor.notSaved')} testId="scope-save-error" />
      )}
      <div style={row}>
        <Button type="submit" appearance="primary" isDisabled={saving}>
          {t('scope.editor.save')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
