/**
 * 9.2 → 10.2: an Audit Finding graded as a major or minor nonconformity raises exactly one linked
 * Nonconformity, whatever the number of deliveries or later edits: an existing 'raises' link or
 * the KVS marker of the finding means it is raised; a conditional KVS claim lets only one
 * concurrent delivery create it. The Nonconformity gets the finding's issue security level: it
 * copies the finding's summary, so it is seen by no more people than the finding.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { addDays, utcDate } from '../domain/calendar';
import { isNonconformityGrade } from '../domain/records/audit-finding';
import type { ActiveAims } from '../jira/active-aims';
import type { AimsIssue } from '../jira/aims-issue';
import { adfDoc, toJiraFields } from '../jira/aims-issue';
import { loadAimsIssue } from '../jira/aims-issue-loader';
import { linkIssues } from '../jira/aims-link-writer';
import { linkedIssues } from '../jira/aims-links';
import { raisedNonconformities } from '../jira/facts/audit-finding-facts-reader';
import { moveIssueToStatus } from '../jira/issue-transitioner';
import { findingGrade, textOf } from '../jira/jira-option-values';
import type { ProductClient } from '../jira/product-client';
import { ProductApiError } from '../jira/product-client';
import {
  claimFindingMarker,
  deleteFindingMarker,
  markFindingRaised,
  readFindingMarker,
} from '../storage/finding-markers';

/** How long a claim protects a raise in progress before another delivery may retry it. */
const CLAIM_SECONDS = 300;

export async function raiseNonconformityForFinding(
  jira: ProductClient,
  aims: ActiveAims,
  findingKey: string,
): Promise<string> {
  const { state, config } = aims;
  const finding = await loadAimsIssue(jira, state, findingKey, ['findingGrade', 'isoReference']);
  const grade = findingGrade(finding.values.findingGrade);
  if (!isNonconformityGrade(grade))
    return `${findingKey}: ${grade ?? 'ungraded'} finding, tracked without a Nonconformity`;

  const linked = raisedNonconformities(finding, config);
  if (linked.length > 0)
    return ensureRaisedStatus(
      jira,
      aims,
      finding,
      `already raised ${linked.map((l) => l.key).join(', ')}`,
    );

  const marker = await readFindingMarker(finding.id);
  if (marker?.ncKey) return completeRaise(jira, aims, finding, marker.ncKey, 'resumed');
  const now = new Date().toISOString();
  if (!(await claimFindingMarker(finding.id, now, CLAIM_SECONDS))) {
    const current = await readFindingMarker(finding.id);
    if (current?.ncKey) return completeRaise(jira, aims, finding, current.ncKey, 'resumed');
    return `${findingKey}: another delivery is raising its Nonconformity`;
  }
  const ncKey = await createNonconformity(jira, aims, finding, grade);
  await markFindingRaised(finding.id, ncKey, now);
  try {
    return await completeRaise(jira, aims, finding, ncKey, 'raised');
  } catch (err) {
    // The finding was deleted meanwhile (e.g. an import undone): its Nonconformity goes too.
    if (err instanceof ProductApiError && err.status === 404) {
      await jira.sendNoContent(route`/rest/api/3/issue/${ncKey}`, 'DELETE');
      await deleteFindingMarker(finding.id);
      return `${findingKey}: deleted before its Nonconformity was linked; ${ncKey} deleted again`;
    }
    throw err;
  }
}

async function createNonconformity(
  jira: ProductClient,
  aims: ActiveAims,
  finding: AimsIssue,
  grade: 'major-nc' | 'minor-nc',
): Promise<string> {
  const { state, config } = aims;
  const typeId = state.issueTypes.nonconformity;
  if (!typeId)
    throw new Error(
      'The Nonconformity issue type is not provisioned; run the AIMS provisioning again.',
    );
  const reference = textOf(finding.values.isoReference);
  const gradeLabel = grade === 'major-nc' ? 'major nonconformity' : 'minor nonconformity';
  const days =
    grade === 'major-nc' ? config.dueDays.majorNonconformity : config.dueDays.minorNonconformity;
  const fields: Record<string, unknown> = {
    project: { id: state.projectId },
    issuetype: { id: typeId },
    summary: `Nonconformity: ${finding.summary}`.slice(0, 255),
    description: adfDoc(
      `Raised from audit finding ${finding.key} (${gradeLabel}${reference ? `, ${reference}` : ''}).\n` +
        'Work it through ISO/IEC 42001 clause 10.2: react, analyse causes and similar nonconformities, implement corrective action, review its effectiveness, change the AIMS if needed.',
    ),
    duedate: addDays(utcDate(new Date()), days),
    // Whoever may not see the finding may not see what is raised from it (its summary is copied).
    ...(finding.securityLevelId ? { security: { id: finding.securityLevelId } } : {}),
    ...toJiraFields(state, {
      ncSource: 'Internal audit',
      ...(reference ? { isoReference: reference } : {}),
    }),
  };
  const reporter = finding.reporter?.accountId;
  const create = (body: Record<string, unknown>) =>
    jira.post(
      route`/rest/api/3/issue`,
      { fields: body },
      z.object({ id: z.string(), key: z.string() }).loose(),
    );
  try {
    return (await create(reporter ? { ...fields, reporter: { accountId: reporter } } : fields)).key;
  } catch (err) {
    // The finding's reporter owns the NC when the app may set reporters; otherwise the app reports it.
    if (
      reporter &&
      err instanceof ProductApiError &&
      err.status === 400 &&
      'reporter' in err.fieldErrors
    ) {
      return (await create(fields)).key;
    }
    throw err;
  }
}

async function completeRaise(
  jira: ProductClient,
  aims: ActiveAims,
  finding: AimsIssue,
  ncKey: string,
  what: string,
): Promise<string> {
  const { state, config } = aims;
  const fresh = await loadAimsIssue(jira, state, finding.key, []);
  if (!raisedNonconformities(fresh, config).some((l) => l.key === ncKey)) {
    await linkIssues(jira, state, 'raises', finding.key, ncKey);
    for (const system of linkedIssues(fresh, 'affects', config.issueTypeNames.aiSystem)) {
      await linkIssues(jira, state, 'affects', ncKey, system.issue.key);
    }
  }
  return ensureRaisedStatus(jira, aims, fresh, `${what} ${ncKey}`);
}

async function ensureRaisedStatus(
  jira: ProductClient,
  aims: ActiveAims,
  finding: AimsIssue,
  what: string,
): Promise<string> {
  const target = aims.state.statuses.findingNcRaised;
  if (!target || finding.statusKey !== 'findingOpen') return `${finding.key}: ${what}`;
  const outcome = await moveIssueToStatus(jira, finding.key, target);
  return `${finding.key}: ${what}; ${outcome.moved ? 'moved to Nonconformity Raised' : `not moved (${outcome.reason})`}`;
}
