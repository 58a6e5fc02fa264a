import Button from '@atlaskit/button/new';
import { TextField, useI18n } from '../../common';
import { TextAreaField } from '../../common/TextAreaField';
import { fieldset, legend, tightStack } from '../../common/styles';
import { EntryFieldset, KindField } from './EntryFieldset';
import type { ScopeDraft } from './scope-draft';
import { changedAt, newId, withoutAt } from './scope-draft';

/** 4.1: the internal and external issues relevant to the AIMS. */
export function IssueFields({
  draft,
  onChange,
}: {
  draft: ScopeDraft;
  onChange: (change: Partial<ScopeDraft>) => void;
}) {
  const { t } = useI18n();
  const set = (i: number, change: Partial<ScopeDraft['issues'][number]>) =>
    onChange({ issues: changedAt(draft.issues, i, change) });
  return (
    <fieldset style={{ ...fieldset, ...tightStack }}>
      <legend style={legend}>{t('scope.issues.legend')}</legend>
      {draft.issues.map((issue, i) => (
        <EntryFieldset
          key={issue.id}
          title={t('scope.issues.entry', { n: i + 1 })}
          removeLabel={t('scope.issues.remove', { n: i + 1 })}
          onRemove={() => onChange({ issues: withoutAt(draft.issues, i) })}
        >
          <TextField
            id={`issue-title-${issue.id}`}
            title={t('scope.issue')}
            value={issue.title}
            onChange={(title) => set(i, { title })}
          />
          <KindField
            id={`issue-kind-${issue.id}`}
            value={issue.kind}
            onChange={(kind) => set(i, { kind })}
          />
          <TextAreaField
            id={`issue-description-${issue.id}`}
            title={t('scope.affects')}
            value={issue.description}
            onChange={(description) => set(i, { description })}
          />
        </EntryFieldset>
      ))}
      <div>
        <Button
          onClick={() =>
            onChange({
              issues: [
                ...draft.issues,
                { id: newId('iss'), kind: 'external', title: '', description: '' },
              ],
            })
          }
        >
          {t('scope.issues.add')}
        </Button>
      </div>
    </fieldset>
  );
}
