/** Validates findings to import, every row, every problem, in the user's words ("Row 3: …"). */
import { normalizeIso42001Id } from '../domain/catalog/lookup';
import { findingReference } from '../domain/records/audit-finding';
import type { FindingGrade, FindingSource } from '../domain/records/audit-finding';
import { FINDING_SOURCES } from '../domain/records/audit-finding';
import { ISSUE_KEY_PATTERN } from '../domain/records/record-fields';
import { FINDING_GRADE_OPTIONS } from '../jira/aims-schema';
import { FINDING_GRADE_BY_OPTION } from '../jira/jira-option-values';
import type { RawFindingRow } from './finding-import-rows';

export interface ValidFinding {
  label: string;
  summary: string;
  gradeOption: (typeof FINDING_GRADE_OPTIONS)[number];
  grade: FindingGrade;
  isoReference: string;
  auditKey: string;
  aiSystemKey?: string;
  dueDate?: string;
  description?: string;
  externalId?: string;
  source: FindingSource;
}

/** The longest external id a sender may give a finding. */
export const MAX_EXTERNAL_ID_LENGTH = 255;

/** What exists in the project: keys of Audit and AI System issues. */
export interface KnownIssues {
  audits: ReadonlySet<string>;
  aiSystems: ReadonlySet<string>;
}

const gradeOf = (text: string): (typeof FINDING_GRADE_OPTIONS)[number] | undefined => {
  const t = text.trim().toLowerCase();
  return FINDING_GRADE_OPTIONS.find(
    (o) => o.toLowerCase() === t || FINDING_GRADE_BY_OPTION[o] === t,
  );
};

/** "External audit", "external", "Internal audit", "internal" (any case); undefined otherwise. */
const sourceOf = (text: string): FindingSource | undefined => {
  const t = text.trim().toLowerCase();
  return FINDING_SOURCES.find((s) => s.toLowerCase() === t || s.split(' ')[0]?.toLowerCase() === t);
};

const isDate = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

function referenceOf(text: string): { id: string } | { error: string } {
  let id: string;
  try {
    id = normalizeIso42001Id(text);
  } catch {
    id = text.trim();
  }
  const checked = findingReference('ISO reference').safeParse(id);
  return checked.success
    ? { id: checked.data }
    : {
        error: `ISO reference '${text}' is not an ISO/IEC 42001 clause or Annex A control (for example 9.2 or A.6.2.4)`,
      };
}

export interface RowValidation {
  valid: ValidFinding[];
  errors: string[];
}

export function validateFindingRows(
  rows: readonly RawFindingRow[],
  defaultAuditKey: string | undefined,
  known: KnownIssues,
): RowValidation {
  const valid: ValidFinding[] = [];
  const errors: string[] = [];
  const externalIds = new Set<string>();
  for (const row of rows) {
    const problems: string[] = [];
    if (row.externalId !== undefined) {
      if (row.externalId.length > MAX_EXTERNAL_ID_LENGTH)
        problems.push(`the external id is longer than ${MAX_EXTERNAL_ID_LENGTH} characters`);
      else if (externalIds.has(row.externalId))
        problems.push(`external id '${row.externalId}' is given to another finding of this import`);
      externalIds.add(row.externalId);
    }
    const summary = row.summary?.trim() ?? '';
    if (!summary) problems.push('the summary is empty');
    else if (summary.length > 255)
      problems.push(`the summary is ${summary.length} characters long (at most 255)`);
    const gradeOption = row.grade ? gradeOf(row.grade) : undefined;
    if (!row.grade)
      problems.push(`the grade is empty (use one of ${FINDING_GRADE_OPTIONS.join(', ')})`);
    else if (!gradeOption)
      problems.push(`grade '${row.grade}' is not one of ${FINDING_GRADE_OPTIONS.join(', ')}`);
    const reference = row.isoReference
      ? referenceOf(row.isoReference)
      : { error: 'the ISO reference is empty (for example 9.2 or A.6.2.4)' };
    if ('error' in reference) problems.push(reference.error);
    const auditKey = (row.auditKey ?? defaultAuditKey)?.trim().toUpperCase();
    if (!auditKey)
      problems.push('no audit is given (an "audit" column, or the audit chosen for the import)');
    else if (!ISSUE_KEY_PATTERN.test(auditKey))
      problems.push(`audit '${auditKey}' is not an issue key like AIMS-12`);
    else if (!known.audits.has(auditKey))
      problems.push(`audit '${auditKey}' is not an Audit issue of the AIMS project`);
    const aiSystemKey = row.aiSystemKey?.trim().toUpperCase();
    if (aiSystemKey && !(ISSUE_KEY_PATTERN.test(aiSystemKey) && known.aiSystems.has(aiSystemKey))) {
      problems.push(
        `AI system '${row.aiSystemKey ?? ''}' is not an AI System issue of the AIMS project`,
      );
    }
    if (row.dueDate && !isDate(row.dueDate))
      problems.push(`due date '${row.dueDate}' is not a date like 2026-03-31`);
    const source = row.source ? sourceOf(row.source) : 'Internal audit';
    if (!source)
      problems.push(`source '${row.source ?? ''}' is not one of ${FINDING_SOURCES.join(', ')}`);
    if (problems.length) {
      errors.push(`${row.label}: ${problems.join('; ')}.`);
      continue;
    }
    if (!gradeOption || 'error' in reference || !auditKey || !source) continue;
    valid.push({
      label: row.label,
      summary,
      gradeOption,
      grade: FINDING_GRADE_BY_OPTION[gradeOption],
      isoReference: reference.id,
      auditKey,
      ...(aiSystemKey ? { aiSystemKey } : {}),
      ...(row.dueDate ? { dueDate: row.dueDate } : {}),
      ...(row.description ? { description: row.description } : {}),
      ...(row.externalId ? { externalId: row.externalId } : {}),
      source,
    });
  }
  return { valid, errors };
}
