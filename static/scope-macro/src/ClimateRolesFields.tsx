import { Checkbox } from '@atlaskit/checkbox';
import { useI18n } from '../../common';
import { SelectField } from '../../common/SelectField';
import { TextAreaField } from '../../common/TextAreaField';
import { fieldset, legend, tightStack } from '../../common/styles';
import { AI_ROLES } from '../../../src/domain/records/ai-system';
import type { ScopeDraft } from './scope-draft';
import { AI_ROLE_LABELS } from './scope-names';

/** 4.1: whether climate change is relevant (a decision with a note), and the AI roles. */
export function ClimateRolesFields({
  draft,
  onChange,
}: {
  draft: ScopeDraft;
  onChange: (change: Partial<ScopeDraft>) => void;
}) {
  const { t } = useI18n();
  const climateOptions = [
    { value: 'yes', label: t('scope.climate.yes') },
    { value: 'no', label: t('scope.climate.no') },
  ] as const;
  const climate = draft.climateRelevant === null ? '' : draft.climateRelevant ? 'yes' : 'no';
  return (
    <>
      <fieldset style={{ ...fieldset, ...tightStack }}>
        <legend style={legend}>{t('scope.climate.legend')}</legend>
        <SelectField
          id="climate-relevant"
          title={t('scope.climate.question')}
          options={climateOptions}
          value={climate}
          placeholder={t('scope.climate.undecided')}
          onChange={(v) => onChange({ climateRelevant: v === undefined ? null : v === 'yes' })}
        />
        <TextAreaField
          id="climate-note"
          title={t('scope.climate.note')}
          value={draft.climateNote}
          onChange={(climateNote) => onChange({ climateNote })}
        />
      </fieldset>
      <fieldset style={{ ...fieldset, ...tightStack }}>
        <legend style={legend}>{t('scope.roles.legend')}</legend>
        {AI_ROLES.map((role) => (
          <Checkbox
            key={role}
            name={`role-${role}`}
            label={AI_ROLE_LABELS[role](t)}
            isChecked={draft.roles.includes(role)}
            onChange={(e) =>
              onChange({
                roles: e.currentTarget.checked
                  ? AI_ROLES.filter((r) => r === role || draft.roles.includes(r))
                  : draft.roles.filter((r) => r !== role),
              })
            }
          />
        ))}
        <TextAreaField
          id="roles-note"
          title={t('scope.roles.note')}
          value={draft.rolesNote}
          onChange={(rolesNote) => onChange({ rolesNote })}
        />
      </fieldset>
    </>
  );
}
