import { Checkbox } from '@atlaskit/checkbox';
import { SelectField } from '../../common/SelectField';
import { TextAreaField } from '../../common/TextAreaField';
import { fieldset, legend, tightStack } from '../../common/styles';
import { AI_ROLE_NAMES } from '../../../src/domain/records/ai-role-names';
import { AI_ROLES } from '../../../src/domain/records/ai-system';
import type { ScopeDraft } from './scope-draft';

const CLIMATE_OPTIONS = [
  { value: 'yes', label: 'Yes, climate change is a relevant issue' },
  { value: 'no', label: 'No, climate change is not a relevant issue' },
] as const;

/** 4.1: whether climate change is relevant (a decision with a note), and the AI roles. */
export function ClimateRolesFields({
  draft,
  onChange,
}: {
  draft: ScopeDraft;
  onChange: (change: Partial<ScopeDraft>) => void;
}) {
  const climate = draft.climateRelevant === null ? '' : draft.climateRelevant ? 'yes' : 'no';
  return (
    <>
      <fieldset style={{ ...fieldset, ...tightStack }}>
        <legend style={legend}>Climate change (4.1)</legend>
        <SelectField
          id="climate-relevant"
          title="Is climate change a relevant issue for the AIMS?"
          options={CLIMATE_OPTIONS}
          value={climate}
          placeholder="Not decided yet"
          onChange={(v) => onChange({ climateRelevant: v === undefined ? null : v === 'yes' })}
        />
        <TextAreaField
          id="climate-note"
          title="Why (note)"
          value={draft.climateNote}
          onChange={(climateNote) => onChange({ climateNote })}
        />
      </fieldset>
      <fieldset style={{ ...fieldset, ...tightStack }}>
        <legend style={legend}>The organization&apos;s AI roles (4.1)</legend>
        {AI_ROLES.map((role) => (
          <Checkbox
            key={role}
            name={`role-${role}`}
            label={AI_ROLE_NAMES[role]}
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
          title="Note on the AI roles"
          value={draft.rolesNote}
          onChange={(rolesNote) => onChange({ rolesNote })}
        />
      </fieldset>
    </>
  );
}
