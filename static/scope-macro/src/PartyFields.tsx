import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { TextField, useI18n } from '../../common';
import { TextAreaField } from '../../common/TextAreaField';
import { fieldset, legend, row, tightStack } from '../../common/styles';
import { EntryFieldset, KindField } from './EntryFieldset';
import type { DraftParty, ScopeDraft } from './scope-draft';
import { changedAt, newId, newRequirement, withoutAt } from './scope-draft';

/** One party: its name, kind, requirements (each addressed by the AIMS or not) and a note. */
function PartyEntry({
  party,
  index,
  onChange,
  onRemove,
}: {
  party: DraftParty;
  index: number;
  onChange: (change: Partial<DraftParty>) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  return (
    <EntryFieldset
      title={t('scope.parties.entry', { n: index + 1 })}
      removeLabel={t('scope.parties.remove', { n: index + 1 })}
      onRemove={onRemove}
    >
      <TextField
        id={`party-name-${party.id}`}
        title={t('scope.party')}
        value={party.name}
        onChange={(name) => onChange({ name })}
      />
      <KindField
        id={`party-kind-${party.id}`}
        value={party.kind}
        onChange={(kind) => onChange({ kind })}
      />
      {party.requirements.map((r, i) => (
        <div key={r.id} style={{ ...row, alignItems: 'flex-end' }}>
          <div style={{ flex: 1, minWidth: '16rem' }}>
            <TextField
              id={`requirement-${r.id}`}
              title={t('scope.parties.requirement', { n: i + 1 })}
              value={r.text}
              onChange={(text) =>
                onChange({ requirements: changedAt(party.requirements, i, { text }) })
              }
            />
          </div>
          <Checkbox
            name={`addressed-${r.id}`}
            label={t('scope.parties.addressed', { n: i + 1 })}
            isChecked={r.addressed}
            onChange={(e) =>
              onChange({
                requirements: changedAt(party.requirements, i, {
                  addressed: e.currentTarget.checked,
                }),
              })
            }
          />
          <Button
            appearance="subtle"
            onClick={() => onChange({ requirements: withoutAt(party.requirements, i) })}
          >
            {t('scope.parties.removeRequirement', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <div>
        <Button
          onClick={() => onChange({ requirements: [...party.requirements, newRequirement()] })}
        >
          {t('scope.parties.addRequirement')}
        </Button>
      </div>
      <TextAreaField
        id={`party-note-${party.id}`}
        title={t('scope.parties.note')}
        value={party.note}
        onChange={(note) => onChange({ note })}
      />
    </EntryFieldset>
  );
}

/** 4.2: the interested parties, their relevant requirements and which the AIMS addresses. */
export function PartyFields({
  draft,
  onChange,
}: {
  draft: ScopeDraft;
  onChange: (change: Partial<ScopeDraft>) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset style={{ ...fieldset, ...tightStack }}>
      <legend style={legend}>{t('scope.parties.title')}</legend>
      {draft.parties.map((party, i) => (
        <PartyEntry
          key={party.id}
          party={party}
          index={i}
          onChange={(change) => onChange({ parties: changedAt(draft.parties, i, change) })}
          onRemove={() => onChange({ parties: withoutAt(draft.parties, i) })}
        />
      ))}
      <div>
        <Button
          onClick={() =>
            onChange({
              parties: [
                ...draft.parties,
                {
                  id: newId('par'),
                  name: '',
                  kind: 'external',
                  note: '',
                  requirements: [newRequirement()],
                },
              ],
            })
          }
        >
          {t('scope.parties.add')}
        </Button>
      </div>
    </fieldset>
  );
}
