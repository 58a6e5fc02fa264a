/**
 * The findings CSV template: the columns the import reads (src/triggers/finding-import-rows.ts),
 * with one example line per grade. Summary, grade and ISO reference are required; audit may be
 * left empty when an audit is chosen for the whole import.
 */
export const CSV_COLUMNS = [
  'summary',
  'grade',
  'ISO reference',
  'audit',
  'AI system',
  'due date',
  'description',
] as const;

export const GRADES = [
  'Major nonconformity',
  'Minor nonconformity',
  'Observation',
  'Opportunity for improvement',
] as const;

const EXAMPLES: readonly (readonly string[])[] = [
  [
    'No impact assessment for the chatbot',
    'Major nonconformity',
    'A.5.2',
    '',
    '',
    '2026-03-31',
    'The impact assessment required before release was not done.',
  ],
  ['Risk criteria not reviewed this year', 'Minor nonconformity', '6.1.2', '', '', '', ''],
  ['Training records kept in two places', 'Observation', '7.5', '', '', '', ''],
  ['Automate model drift reports', 'Opportunity for improvement', 'A.6.2.6', '', '', '', ''],
];

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export const csvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export function csvTemplate(): string {
  return [CSV_COLUMNS, ...EXAMPLES].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
