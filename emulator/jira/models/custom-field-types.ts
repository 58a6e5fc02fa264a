/** The custom field types the emulator supports, with the schema Jira reports for each. */
export const CUSTOM_FIELD_TYPE_PREFIX = 'com.atlassian.jira.plugin.system.customfieldtypes:';

export type CustomFieldKind =
  | 'select'
  | 'multiselect'
  | 'textarea'
  | 'textfield'
  | 'datepicker'
  | 'datetime'
  | 'userpicker'
  | 'multiuserpicker'
  | 'float'
  | 'labels'
  | 'url';

interface KindInfo {
  type: string;
  items?: string;
  searcher: string;
  displayName: string;
}

export const CUSTOM_FIELD_KINDS: Record<CustomFieldKind, KindInfo> = {
  select: {
    type: 'option',
    searcher: 'multiselectsearcher',
    displayName: 'Select List (single choice)',
  },
  multiselect: {
    type: 'array',
    items: 'option',
    searcher: 'multiselectsearcher',
    displayName: 'Select List (multiple choices)',
  },
  textarea: {
    type: 'string',
    searcher: 'textsearcher',
    displayName: 'Paragraph (supports rich text)',
  },
  textfield: {
    type: 'string',
    searcher: 'textsearcher',
    displayName: 'Short text (plain text only)',
  },
  datepicker: { type: 'date', searcher: 'daterange', displayName: 'Date Picker' },
  datetime: { type: 'datetime', searcher: 'datetimerange', displayName: 'Date Time Picker' },
  userpicker: {
    type: 'user',
    searcher: 'userpickergroupsearcher',
    displayName: 'User Picker (single user)',
  },
  multiuserpicker: {
    type: 'array',
    items: 'user',
    searcher: 'userpickergroupsearcher',
    displayName: 'User Picker (multiple users)',
  },
  float: { type: 'number', searcher: 'exactnumber', displayName: 'Number Field' },
  labels: { type: 'array', items: 'string', searcher: 'labelsearcher', displayName: 'Labels' },
  url: { type: 'string', searcher: 'exacttextsearcher', displayName: 'URL Field' },
};

export function customFieldKind(type: string): CustomFieldKind | undefined {
  if (!type.startsWith(CUSTOM_FIELD_TYPE_PREFIX)) return undefined;
  const kind = type.slice(CUSTOM_FIELD_TYPE_PREFIX.length);
  return kind in CUSTOM_FIELD_KINDS ? (kind as CustomFieldKind) : undefined;
}
