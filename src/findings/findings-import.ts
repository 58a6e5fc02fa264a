/**
 * The one import path for audit findings (the signed webtrigger and the admin page's CSV import):
 * validate every row first and create nothing if any row is bad; then create the findings, link
 * each to its audit ('was found in') and AI system ('affects'). If Jira fails half-way, what this
 * import created is deleted again, and the result says so. The issue-event trigger then raises a
 * Nonconformity for each finding graded as a nonconformity.
 * A finding with the sender's own id (`externalId`) is imported once: a re-sent delivery finds
 * the key it was imported as (storage/imported-findings.ts) and reports it instead of creating
 * it again; while another delivery is importing it, this one is told to try again later.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { adfDoc, toJiraFields } from '../jira/aims-issue';
import { EXTERNAL_AUDIT_LABEL } from '../domain/records/audit-finding';
import { ISSUE_KEY_PATTERN } from '../domain/records/record-fields';
import { Refusal } from '../domain/refusal';
import type { ActiveAims } from '../jira/active-aims';
import { issueTypeKeyOfId } from '../jira/active-aims';
import { linkIssues } from '../jira/aims-link-writer';
import type { ProductClient } from '../jira/product-client';
import { failedInPassing, ProductApiError } from '../jira/product-client';
import type { RawFindingRow } from './finding-import-rows';
import { MAX_FINDINGS_PER_REQUEST } from './finding-import-rows';
import {
  claimFindingImport,
  markFindingImported,
  readImportedFinding,
  releaseFindingImport,
} from '../storage/imported-findings';
import type { KnownIssues, ValidFinding } from './finding-row-validation';
import { validateFindingRows } from './finding-row-validation';

export interface FindingsImportResult {
  dryRun: boolean;
  /** Findings created (or, in a dry run, that would be created). */
  findings: {
    key?: string;
    summary: string;
    grade: string;
    isoReference: string;
    auditKey: string;
    /** Imported by an earlier delivery (same external id): `key` is that finding, nothing was created. */
    alreadyImported?: true;
  }[];
}

/** Another delivery is importing a finding with the same external id right now: send again later. */
export class FindingsImportBusy extends Error {
  constructor(readonly label: string) {
    super(
      `${label} is being imported by another delivery of the same findings; send them again later.`,
    );
  }
}

/** How long a delivery's claim on an external id protects its import before another may take over. */
const IMPORT_CLAIM_SECONDS = 300;

const BULK_SIZE = 50;

/** "You can request up to 100 issues" (POST /rest/api/3/issue/bulkfetch). */
const BULK_FETCH_SIZE = 100;

const bulkFetchSchema = z.object({
  issues: z
    .array(
      z.object({ key: z.string(), fields: z.record(z.string(), z.unknown()).default({}) }).loose(),
    )
    .default([]),
});

/** The issue keys the rows name (audits and AI systems), as validation compares them. */
function referencedKeys(rows: readonly RawFindingRow[], auditKey: string | undefined): string[] {
  const keys = [auditKey, ...rows.flatMap((r) => [r.auditKey, r.aiSystemKey])]
    .map((k) => k?.trim().toUpperCase())
    .filter((k): k is string => !!k && ISSUE_KEY_PATTERN.test(k));
  return [...new Set(keys)];
}

/**
 * Which of the named issues are Audits and AI Systems of the project. Read directly (bulk fetch,
 * 100 a request), not searched: an audit is often created moments before its findings are
 * imported, and search is eventually consistent (it might not find it yet).
 */
async function knownIssues(
  jira: ProductClient,
  aims: ActiveAims,
  keys: readonly string[],
): Promise<KnownIssues> {
  const { state } = aims;
  const audits = new Set<string>();
  const aiSystems = new Set<string>();
  for (let i = 0; i < keys.length; i += BULK_FETCH_SIZE) {
    const { issues } = await jira.post(
      route`/rest/api/3/issue/bulkfetch`,
      { issueIdsOrKeys: keys.slice(i, i + BULK_FETCH_SIZE), fields: ['issuetype', 'project'] },
      bulkFetchSchema,
      { readOnly: true },
    );
    for (const issue of issues) {
      const project = issue.fields.project as { key?: string } | undefined;
      if (project?.key !== state.projectKey) continue;
      const typeId = (issue.fields.issuetype as { id?: string } | undefined)?.id;
      const typeKey = issueTypeKeyOfId(state, typeId);
      if (typeKey === 'audit') audits.add(issue.key);
      if (typeKey === 'aiSystem') aiSystems.add(issue.key);
    }
  }
  return { audits, aiSystems };
}

function findingFields(aims: ActiveAims, f: ValidFinding): Record<string, unknown> {
  const { state } = aims;
  return {
    project: { id: state.projectId },
    issuetype: { id: state.issueTypes.auditFinding },
    summary: f.summary,
    ...(f.description ? { description: adfDoc(f.description) } : {}),
    ...(f.dueDate ? { duedate: f.dueDate } : {}),
    ...(f.source === 'External audit' ? { labels: [EXTERNAL_AUDIT_LABEL] } : {}),
    ...toJiraFields(state, { findingGrade: f.gradeOption, isoReference: f.isoReference }),
  };
}

const bulkResponseSchema = z.object({
  issues: z.array(z.object({ id: z.string(), key: z.string() }).loose()).default([]),
  errors: z
    .array(
      z
        .object({
          failedElementNumber: z.number().optional(),
          elementErrors: z
            .object({
              errorMessages: z.array(z.string()).default([]),
              errors: z.record(z.string(), z.string()).default({}),
            })
            .loose()
            .optional(),
        })
        .loose(),
    )
    .default([]),
});

const describeError = (err: unknown): string =>
  err instanceof ProductApiError
    ? err.details.join('; ') || `HTTP ${err.status}`
    : err instanceof Error
      ? err.message
      : String(err);

export async function importFindings(
  jira: ProductClient,
  aims: ActiveAims,
  rows: readonly RawFindingRow[],
  options: { auditKey?: string; dryRun?: boolean } = {},
): Promise<FindingsImportResult> {
  if (!aims.state.issueTypes.auditFinding)
    throw new Refusal(
      'The Audit Finding issue type is not provisioned; run the AIMS provisioning first.',
    );
  if (rows.length > MAX_FINDINGS_PER_REQUEST)
    throw new Refusal(
      `Nothing was imported: ${rows.length} findings are more than the ${MAX_FINDINGS_PER_REQUEST} one import may bring; split them.`,
    );
  const { valid, errors } = validateFindingRows(
    rows,
    options.auditKey,
    await knownIssues(jira, aims, referencedKeys(rows, options.auditKey)),
  );
  if (errors.length > 0) {
    throw new Refusal(
      `Nothing was imported: ${errors.length} of ${rows.length} findings have problems.`,
      errors,
    );
  }
  const summary = (f: ValidFinding, key?: string) => ({
    ...(key ? { key } : {}),
    summary: f.summary,
    grade: f.gradeOption,
    isoReference: f.isoReference,
    auditKey: f.auditKey,
  });
  if (options.dryRun) return { dryRun: true, findings: valid.map((f) => summary(f)) };

  const at = new Date().toISOString();
  const { toCreate, already, claimed } = await claimExternalIds(valid, at);
  const created: string[] = [];
  try {
    for (let i = 0; i < toCreate.length; i += BULK_SIZE) {
      const chunk = toCreate.slice(i, i + BULK_SIZE);
      const res = await jira.post(
        route`/rest/api/3/issue/bulk`,
        { issueUpdates: chunk.map((f) => ({ fields: findingFields(aims, f) })) },
        bulkResponseSchema,
      );
      created.push(...res.issues.map((x) => x.key));
      if (res.errors.length > 0 || res.issues.length !== chunk.length) {
        const problems = res.errors.map((e) => {
          const row =
            e.failedElementNumber !== undefined ? chunk[e.failedElementNumber]?.label : undefined;
          const messages = [
            ...(e.elementErrors?.errorMessages ?? []),
            ...Object.entries(e.elementErrors?.errors ?? {}).map(([k, v]) => `${k}: ${v}`),
          ];
          return `${row ?? 'A finding'}: Jira refused it (${messages.join('; ') || 'no reason given'}).`;
        });
        throw new Refusal('Jira refused some findings.', problems);
      }
    }
    for (const [index, f] of toCreate.entries()) {
      const key = created[index];
      if (!key) continue;
      await linkIssues(jira, aims.state, 'foundIn', key, f.auditKey);
      if (f.aiSystemKey) await linkIssues(jira, aims.state, 'affects', key, f.aiSystemKey);
    }
  } catch (err) {
    const rollback = await deleteIssues(jira, created);
    await releaseAll(claimed);
    const details = err instanceof Refusal ? [...err.details] : [describeError(err)];
    const passing = failedInPassing(err);
    if (created.length) {
      details.push(
        rollback.failed.length === 0
          ? `The ${created.length} findings this import had already created (${created.join(', ')}) were deleted again, so nothing is half-imported.`
          : `The findings this import had created were deleted again, except ${rollback.failed.join(', ')}: delete them by hand.`,
      );
    }
    throw new Refusal(
      passing
        ? 'Jira failed for a moment, so the import was undone: import the same findings again shortly.'
        : 'The import failed and was undone.',
      details,
      { retryable: passing },
    );
  }
  for (const [index, f] of toCreate.entries()) {
    const key = created[index];
    if (f.externalId && key) await markFindingImported(f.externalId, key, at);
  }
  return {
    dryRun: false,
    findings: [
      ...toCreate.map((f, i) => summary(f, created[i])),
      ...already.map(({ finding, key }) => ({
        ...summary(finding, key),
        alreadyImported: true as const,
      })),
    ],
  };
}

/**
 * Splits the findings into those to create (claiming each external id) and those an earlier
 * delivery imported already (with their keys). Throws FindingsImportBusy, holding no claim, when
 * another delivery is importing one of them.
 */
async function claimExternalIds(
  valid: readonly ValidFinding[],
  at: string,
): Promise<{
  toCreate: ValidFinding[];
  already: { finding: ValidFinding; key: string }[];
  claimed: string[];
}> {
  const toCreate: ValidFinding[] = [];
  const already: { finding: ValidFinding; key: string }[] = [];
  const claimed: string[] = [];
  try {
    for (const finding of valid) {
      const id = finding.externalId;
      if (id === undefined) {
        toCreate.push(finding);
        continue;
      }
      const imported = await readImportedFinding(id);
      if (imported?.state === 'imported' && imported.issueKey) {
        already.push({ finding, key: imported.issueKey });
        continue;
      }
      if (!(await claimFindingImport(id, at, IMPORT_CLAIM_SECONDS)))
        throw new FindingsImportBusy(finding.label);
      claimed.push(id);
      toCreate.push(finding);
    }
  } catch (err) {
    await releaseAll(claimed);
    throw err;
  }
  return { toCreate, already, claimed };
}

async function releaseAll(externalIds: readonly string[]): Promise<void> {
  for (const id of externalIds) await releaseFindingImport(id);
}

async function deleteIssues(
  jira: ProductClient,
  keys: readonly string[],
): Promise<{ failed: string[] }> {
  const failed: string[] = [];
  for (const key of keys) {
    try {
      await jira.sendNoContent(route`/rest/api/3/issue/${key}?deleteSubtasks=true`, 'DELETE');
    } catch {
      failed.push(key);
    }
  }
  return { failed };
}
