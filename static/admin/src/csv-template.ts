import type { Translator } from '../../common/i18n/translator';

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

/** One example line per grade; what people write is in their language, the grades are values. */
const examples = (t: Translator['t']): readonly (readonly string[])[] => [
  [
    t('admin.import.example.major'),
    'Major nonconformity',
    'A.5.2',
    '',
    '',
    '2026-03-31',
    t('admin.import.example.majorDescription'),
  ],
  [t('admin.import.example.minor'), 'Minor nonconformity', '6.1.2', '', '', '', ''],
  [t('admin.import.example.observation'), 'Observation', '7.5', '', '', '', ''],
  [t('admin.import.example.improvement'), 'Opportunity for improvement', 'A.6.2.6', '', '', '', ''],
];

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export const csvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export function csvTemplate(t: Translator['t']): string {
  return [CSV_COLUMNS, ...examples(t)].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
