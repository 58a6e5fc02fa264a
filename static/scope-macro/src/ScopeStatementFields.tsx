import Button from '@atlaskit/button/new';
import { TextField, useI18n } from '../../common';
import { TextAreaField } from '../../common/TextAreaField';
import { legend, fieldset, tightStack } from '../../common/styles';
import { EntryFieldset } from './EntryFieldset';
import type { ScopeDraft } from './scope-draft';
import { changedAt, newId, withoutAt } from './scope-draft';

type Change = (change: Partial<ScopeDraft>) => void;

/** 4.3: the scope statement, its boundaries, units, locations and justified exclusions. */
export function ScopeStatementFields({ draft, onChange }: { draft: ScopeDraft; onChange: Change }) {
  const { t } = useI18n();
  return (
    <fieldset style={{ ...fieldset, ...tightStack }}>
      <legend style={legend}>{t('scope.statement.title')}</legend>
      <TextAreaField
        id="scope-statement-text"
        title={t('scope.statement.field')}
        value={draft.statement}
        onChange={(statement) => onChange({ statement })}
      />
      <TextAreaField
        id="scope-boundaries"
        title={t('scope.boundaries')}
        hint={t('scope.statement.boundariesHint')}
        value={draft.boundaries}
        onChange={(boundaries) => onChange({ boundaries })}
      />
      <TextAreaField
        id="scope-units"
        title={t('scope.statement.units')}
        value={draft.units}
        onChange={(units) => onChange({ units })}
      />
      <TextAreaField
        id="scope-locations"
        title={t('scope.statement.locations')}
        value={draft.locations}
        onChange={(locations) => onChange({ locations })}
      />
      {draft.exclusions.map((e, i) => (
        <EntryFieldset
          key={e.id}
          title={t('scope.exclusion.entry', { n: i + 1 })}
          removeLabel={t('scope.exclusion.remove', { n: i + 1 })}
          onRemove={() => onChange({ exclusions: withoutAt(draft.exclusions, i) })}
        >
          <TextField
            id={`exclusion-what-${e.id}`}
            title={t('scope.exclusion.what')}
            value={e.what}
            onChange={(what) => onChange({ exclusions: changedAt(draft.exclusions, i, { what }) })}
          />
          <TextAreaField
            id={`exclusion-why-${e.id}`}
            title={t('scope.justification')}
            value={e.justification}
            onChange={(justification) =>
              onChange({ exclusions: changedAt(draft.exclusions, i, { justification }) })
            }
          />
        </EntryFieldset>
      ))}
      <div>
        <Button
          onClick={() =>
            onChange({
              exclusions: [...draft.exclusions, { id: newId('exc'), what: '', justification: '' }],
            })
          }
        >
          {t('scope.exclusion.add')}
        </Button>
      </div>
    </fieldset>
  );
}
