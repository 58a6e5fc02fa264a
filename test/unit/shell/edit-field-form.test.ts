import {
  adfPlainText,
  changedFields,
  editFields,
  editMetaSchema,
} from '../../../emulator/shell/edit-field-form';

const CUSTOM = 'com.atlassian.jira.plugin.system.customfieldtypes:';

const meta = editMetaSchema.parse({
  fields: {
    customfield_1: { name: 'Root cause', schema: { type: 'string', custom: `${CUSTOM}textarea` } },
    customfield_2: {
      name: 'Effectiveness verdict',
      schema: { type: 'option', custom: `${CUSTOM}select` },
      allowedValues: [
        { id: '10', value: 'Effective' },
        { id: '11', value: 'Ineffective' },
      ],
    },
    customfield_3: {
      name: 'Effectiveness reviewer',
      schema: { type: 'user', custom: `${CUSTOM}userpicker` },
    },
    customfield_4: {
      name: 'AIMS change reference',
      schema: { type: 'string', custom: `${CUSTOM}url` },
    },
    customfield_5: {
      name: 'AI risk sources',
      schema: { type: 'array', items: 'option', custom: `${CUSTOM}multiselect` },
      allowedValues: [
        { id: '20', value: 'A' },
        { id: '21', value: 'B' },
      ],
    },
    summary: { name: 'Summary', required: true, schema: { type: 'string', system: 'summary' } },
    issuetype: {
      name: 'Issue Type',
      required: true,
      schema: { type: 'issuetype', system: 'issuetype' },
    },
    duedate: { name: 'Due date', schema: { type: 'date', system: 'duedate' } },
  },
});
const fields = editFields(meta);

const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

test('the form offers summary first and leaves out what is not edited there', () => {
  expect(fields.map((f) => f.id)).toEqual([
    'summary',
    'customfield_1',
    'customfield_2',
    'customfield_3',
    'customfield_4',
    'customfield_5',
    'duedate',
  ]);
  expect(fields.find((f) => f.id === 'customfield_2')?.kind).toBe('option');
  expect(fields.find((f) => f.id === 'customfield_3')?.kind).toBe('user');
  expect(fields.find((f) => f.id === 'customfield_4')?.kind).toBe('url');
});

test('only changed fields are sent, in Jira’s shapes; an emptied field is cleared', () => {
  const current = {
    summary: 'Drift alert missed',
    customfield_1: adf('Alerts went to a shared mailbox.'),
    customfield_2: null,
    customfield_3: null,
    customfield_4: 'https://example.com/change/1',
    customfield_5: [{ id: '20', value: 'A' }],
    duedate: '2026-12-01',
  };
  const form = {
    f_summary: 'Drift alert missed',
    f_customfield_1: 'Alerts went to a shared mailbox.',
    f_customfield_2: '11',
    f_customfield_3: '712020:aims-manager-0002',
    f_customfield_4: '',
    f_customfield_5: ['21', '20'],
    f_duedate: '2026-12-01',
  };
  expect(changedFields(fields, current, form)).toEqual({
    customfield_2: { id: '11' },
    customfield_3: { accountId: '712020:aims-manager-0002' },
    customfield_4: null,
    customfield_5: [{ id: '21' }, { id: '20' }],
  });
});

test('ADF text round-trips as paragraphs separated by blank lines', () => {
  const doc = {
    type: 'doc',
    version: 1,
    content: [adf('First.').content[0], adf('Second.').content[0]],
  };
  expect(adfPlainText(doc)).toBe('First.\n\nSecond.');
  const [rootCause] = fields.filter((f) => f.id === 'customfield_1');
  if (!rootCause) throw new Error('no field');
  expect(
    changedFields(
      [rootCause],
      { customfield_1: doc },
      { f_customfield_1: 'First.\r\n\r\nChanged.' },
    ),
  ).toEqual({
    customfield_1: {
      type: 'doc',
      version: 1,
      content: [adf('First.').content[0], adf('Changed.').content[0]],
    },
  });
});
