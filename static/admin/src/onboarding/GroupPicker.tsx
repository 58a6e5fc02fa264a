import { AsyncSelect } from '@atlaskit/select';
import { groupListSchema } from '../../../../src/ui-contract/onboarding-view';
import { callResolver, useI18n } from '../../../common';
import { fieldError, label, note } from '../../../common/styles';

interface GroupOption {
  value: string;
  label: string;
}

const optionOf = (name: string): GroupOption => ({ value: name, label: name });

/** Groups whose name contains what is typed, read from Jira as the admin (Jira's group picker). */
async function loadGroups(query: string): Promise<GroupOption[]> {
  const found = await callResolver('getGroups', groupListSchema, { query });
  return found.names.map(optionOf);
}

/** A labelled choice of one Jira group, searched as the admin types. */
export function GroupPicker({
  id,
  title,
  value,
  onChange,
  hint,
  error,
}: {
  id: string;
  title: string;
  value: string;
  onChange: (group: string) => void;
  hint?: string;
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <div>
      <label htmlFor={id} style={label}>
        {title}
      </label>
      <AsyncSelect<GroupOption>
        inputId={id}
        defaultOptions
        cacheOptions
        loadOptions={loadGroups}
        value={value ? optionOf(value) : null}
        onChange={(o) => onChange(o?.value ?? '')}
        placeholder={t('admin.roles.search')}
        noOptionsMessage={() => t('admin.roles.noGroups')}
        loadingMessage={() => t('admin.roles.searching')}
        aria-describedby={
          [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
          undefined
        }
      />
      {hint && (
        <p id={`${id}-hint`} style={note}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} style={fieldError}>
          {error}
        </p>
      )}
    </div>
  );
}
