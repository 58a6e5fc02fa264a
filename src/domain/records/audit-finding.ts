/**
 * Audit finding record (clause 9.2). `reference` is the clause or control the finding is
 * about: a clause (`ISO42001:10.2`), an Annex A control (`ISO42001:A.6.2.4`) or an
 * organization control (`ORG:key`), checked against the catalog.
 */
import { z } from 'zod';
import { isCatalogId } from '../catalog/lookup';
import {
  ORG_CONTROL_ID_PATTERN,
  accountId,
  choice,
  evidenceLinkSchema,
  issueKey,
  listOf,
  recordKey,
  requiredText,
} from './record-fields';

export const FINDING_GRADES = [
  'major-nc',
  'minor-nc',
  'observation',
  'opportunity-for-improvement',
] as const;
export type FindingGrade = (typeof FINDING_GRADES)[number];

/** Grades that raise a Nonconformity. */
export const NONCONFORMITY_GRADES: readonly FindingGrade[] = ['major-nc', 'minor-nc'];

/** Whether a finding's grade raises a Nonconformity (clause 9.2 grading of the app). */
export const isNonconformityGrade = (
  grade: FindingGrade | null | undefined,
): grade is 'major-nc' | 'minor-nc' => grade === 'major-nc' || grade === 'minor-nc';

/**
 * Where a finding comes from: the organization's own internal audit (9.2), or the external
 * (certification) audit, whose findings are imported through the same path. The names are the
 * Nonconformity's "Source" options a finding's nonconformity gets.
 */
export const FINDING_SOURCES = ['Internal audit', 'External audit'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

/** The Jira label an imported finding of the external audit carries. */
export const EXTERNAL_AUDIT_LABEL = 'aims-external-audit';

/** The source of a finding from its labels. */
export const findingSourceOf = (labels: readonly string[]): FindingSource =>
  labels.includes(EXTERNAL_AUDIT_LABEL) ? 'External audit' : 'Internal audit';

export const findingReference = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .refine(
      (id) =>
        isCatalogId(id, 'clause') ||
        isCatalogId(id, 'annex-a-control') ||
        ORG_CONTROL_ID_PATTERN.test(id),
      {
        error: (issue) =>
          `${label} "${String(issue.input)}" is not an ISO/IEC 42001 clause or control (for example ISO42001:9.2 or ISO42001:A.6.2.4)`,
      },
    );

export const auditFindingSchema = z.object(
  {
    key: recordKey(),
    auditKey: issueKey('Audit'),
    grade: choice('Finding grade', FINDING_GRADES),
    reference: findingReference('Clause or control'),
    description: requiredText('Finding description'),
    aiSystemKey: issueKey('AI system').optional(),
    raisedByAccountId: accountId('Raised by').optional(),
    evidence: listOf('Evidence', evidenceLinkSchema),
  },
  { error: 'An audit finding record must be an object' },
);

export type AuditFindingRecord = z.infer<typeof auditFindingSchema>;
