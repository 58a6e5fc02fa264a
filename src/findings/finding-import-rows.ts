/** Findings to import, as an audit tool or a spreadsheet gives them (before validation). */
import { z } from 'zod';
import { Refusal, zodIssueLines } from '../domain/refusal';
import { parseCsv } from './csv-parser';

export interface RawFindingRow {
  /** How the row is named in messages: "Row 3" (spreadsheet row) or "Finding 2". */
  label: string;
  /** The sender's own id of the finding: a finding with an id is imported once, however often it is sent. */
  externalId?: string;
  summary?: string;
  grade?: string;
  isoReference?: string;
  auditKey?: string;
  aiSystemKey?: string;
  dueDate?: string;
  description?: string;
  /** Where the finding comes from: "Internal audit" (when absent) or "External audit". */
  source?: string;
}

type Column = Exclude<keyof RawFindingRow, 'label'>;

const normalizeHeader = (h: string): string =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

const HEADER_ALIASES: Record<string, Column> = {
  summary: 'summary',
  title: 'summary',
  grade: 'grade',
  findinggrade: 'grade',
  isoreference: 'isoReference',
  iso42001reference: 'isoReference',
  reference: 'isoReference',
  clause: 'isoReference',
  control: 'isoReference',
  audit: 'auditKey',
  auditkey: 'auditKey',
  aisystem: 'aiSystemKey',
  aisystemkey: 'aiSystemKey',
  duedate: 'dueDate',
  due: 'dueDate',
  description: 'description',
  details: 'description',
  externalid: 'externalId',
  findingid: 'externalId',
  source: 'source',
  findingsource: 'source',
};

/** Rows of a CSV with a header line (summary, grade, ISO reference, audit, AI system, due date, description). */
export function findingRowsFromCsv(csv: string): RawFindingRow[] {
  let records;
  try {
    records = parseCsv(csv);
  } catch (err) {
    throw new Refusal('The CSV file could not be read.', [
      err instanceof Error ? err.message : String(err),
    ]);
  }
  const [header, ...data] = records;
  if (!header)
    throw new Refusal('The CSV file is empty.', [
      'Add a header line (summary, grade, ISO reference, audit, …) and one line per finding.',
    ]);
  const columns = header.fields.map((h) => HEADER_ALIASES[normalizeHeader(h)]);
  const unknown = header.fields.filter((_, i) => !columns[i]).map((h) => `"${h}"`);
  const problems: string[] = [];
  if (unknown.length)
    problems.push(
      `Unknown columns ${unknown.join(', ')}: use summary, grade, ISO reference, audit, AI system, due date, description, external id, source.`,
    );
  for (const required of ['summary', 'grade', 'isoReference'] as const) {
    if (!columns.includes(required))
      problems.push(
        `The header has no "${required === 'isoReference' ? 'ISO reference' : required}" column.`,
      );
  }
  if (problems.length) throw new Refusal('The CSV header is not valid.', problems);
  if (data.length === 0)
    throw new Refusal('The CSV file has no findings.', [
      'Add one line per finding below the header.',
    ]);
  return data.map((record) => {
    const row: RawFindingRow = { label: `Row ${record.line}` };
    record.fields.forEach((value, i) => {
      const column = columns[i];
      if (column && value.trim()) row[column] = value.trim();
    });
    if (record.fields.length > columns.length)
      row.description = [row.description, ...record.fields.slice(columns.length)]
        .filter(Boolean)
        .join(', ');
    return row;
  });
}

const jsonFindingSchema = z
  .object({
    summary: z.string().optional(),
    grade: z.string().optional(),
    isoReference: z.string().optional(),
    reference: z.string().optional(),
    auditKey: z.string().optional(),
    aiSystemKey: z.string().optional(),
    dueDate: z.string().optional(),
    description: z.string().optional(),
    externalId: z.string().optional(),
    source: z.string().optional(),
  })
  .loose();

/** The most findings one request or file may bring. */
export const MAX_FINDINGS_PER_REQUEST = 500;

export const findingsJsonSchema = z.object({
  auditKey: z.string().optional(),
  findings: z
    .array(jsonFindingSchema)
    // The row limit is checked on the rows of every path (importFindings; the webtrigger: 413).
    .min(1, 'Send at least one finding'),
});

/** Rows of the webhook's JSON `{auditKey?, findings:[{summary, grade, isoReference, auditKey?, aiSystemKey?, dueDate?, description?, externalId?, source?}]}`. */
export function findingRowsFromJson(body: z.infer<typeof findingsJsonSchema>): RawFindingRow[] {
  return body.findings.map((f, i) => {
    const row: RawFindingRow = { label: `Finding ${i + 1}` };
    const set = (k: Column, v: string | undefined): void => {
      if (v && v.trim()) row[k] = v.trim();
    };
    set('summary', f.summary);
    set('grade', f.grade);
    set('isoReference', f.isoReference ?? f.reference);
    set('auditKey', f.auditKey);
    set('aiSystemKey', f.aiSystemKey);
    set('dueDate', f.dueDate);
    set('description', f.description);
    set('externalId', f.externalId);
    set('source', f.source);
    return row;
  });
}

/**
 * The rows of a findings webhook body: CSV when the Content-Type is text/csv (the audit then comes
 * from the `audit` query parameter), else the JSON above. A body that cannot be read is refused.
 */
export function findingRowsFromBody(
  body: string,
  contentType: string,
  auditParameter: string | undefined,
): { rows: RawFindingRow[]; auditKey: string | undefined } {
  if (contentType.toLowerCase().startsWith('text/csv'))
    return { rows: findingRowsFromCsv(body), auditKey: auditParameter };
  let json: unknown;
  try {
    json = JSON.parse(body) as unknown;
  } catch {
    throw new Refusal('The body is not JSON (send Content-Type text/csv for CSV).');
  }
  const shape = findingsJsonSchema.safeParse(json);
  if (!shape.success) {
    throw new Refusal(
      'The findings are not in the expected shape.',
      zodIssueLines(shape.error, { root: 'body' }),
    );
  }
  return { rows: findingRowsFromJson(shape.data), auditKey: shape.data.auditKey };
}
