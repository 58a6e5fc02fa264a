/**
 * 9.2 → 10.2: an Audit Finding graded as a major or minor nonconformity raises exactly one linked
 * Nonconformity, whatever the number of deliveries or later edits: an existing 'raises' link or
 * the KVS marker of the finding means it is raised; a conditional KVS claim lets only one
 * concurrent delivery create it. The create itself is made idempotent: before creating, Jira is
 * searched for a Nonconformity that says it was raised from this finding (a create whose answer
 * was lost — 5xx, timeout — may have happened), and a create that failed releases the claim so
 * the retry Forge makes (the trigger asks for one) or the daily reconcile scan can raise it.
 * The Nonconformity gets the finding's issue security level: it copies the finding's summary, so
 * it is seen by no more people than the finding.
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
import { searchOne } from '../jira/issue-search';
import { moveIssueToStatus } from '../jira/issue-transitioner';
import { jql } from '../jira/jql-builder';
import { findingGrade, textOf } from '../jira/jira-option-values';
import type { ProductClient } from '../jira/product-client';
import { ProductApiError } from '../jira/product-client';
import { fitSummary } from '../jira/issue-summary';
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
  let ncKey: string;
  try {
    ncKey =
      (await findRaisedNonconformity(jira, aims, finding)) ??
      (await createNonconformity(jira, aims, finding, grade));
  } catch (err) {
    // Not raised (or not known to be): let the next delivery look again and raise it.
    await deleteFindingMarker(finding.id);
    throw err;
  }
  await markFindingRaised(finding.id, ncKey, now);
  try {
    // Nothing links to the new Nonconformity yet, and the claim keeps other deliveries away: the
    // finding as read above (GET /issue is current) says which AI systems it affects.
    await linkRaised(jira, aims, finding, ncKey);
    return await ensureRaisedStatus(jira, aims, finding, `raised ${ncKey}`);
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

/** The words every Nonconformity raised from `findingKey` starts its description with. */
const raisedFromText = (findingKey: string): string => `Raised from audit finding ${findingKey} (`;

/**
 * A Nonconformity already raised from the finding by a create whose answer was lost: found by
 * the words its description starts with (one search of one issue), checked exactly.
 */
async function findRaisedNonconformity(
  jira: ProductClient,
  aims: ActiveAims,
  finding: AimsIssue,
): Promise<string | undefined> {
  const { state } = aims;
  const typeId = state.issueTypes.nonconformity;
  if (!typeId || !state.projectId) return undefined;
  const phrase = `Raised from audit finding ${finding.key}`;
  const found = await searchOne(jira, {
    jql: jql.and(
      jql.eq('project', state.projectId),
      jql.eq('issuetype', typeId),
      jql.contains('description', `"${phrase}"`),
    ),
    fields: ['description'],
  });
  if (!found) return undefined;
  return JSON.stringify(found.fields.description ?? '').includes(raisedFromText(finding.key))
    ? found.key
    : undefined;
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
    summary: fitSummary(`Nonconformity: ${finding.summary}`),
    description: adfDoc(
      `${raisedFromText(finding.key)}${gradeLabel}${reference ? `, ${reference}` : ''}).\n` +
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

/** A raise an earlier delivery began (its marker names the Nonconformity): links what is missing. */
async function completeRaise(
  jira: ProductClient,
  aims: ActiveAims,
  finding: AimsIssue,
  ncKey: string,
  what: string,
): Promise<string> {
  const fresh = await loadAimsIssue(jira, aims.state, finding.key, []);
  if (!raisedNonconformities(fresh, aims.config).some((l) => l.key === ncKey))
    await linkRaised(jira, aims, fresh, ncKey);
  return ensureRaisedStatus(jira, aims, fresh, `${what} ${ncKey}`);
}

/** "finding raises NC", and "NC affects S" for each AI system the finding affects. */
async function linkRaised(
  jira: ProductClient,
  aims: ActiveAims,
  finding: AimsIssue,
  ncKey: string,
): Promise<void> {
  const { state, config } = aims;
  await linkIssues(jira, state, 'raises', finding.key, ncKey);
  for (const system of linkedIssues(finding, 'affects', config.issueTypeNames.aiSystem)) {
    await linkIssues(jira, state, 'affects', ncKey, system.issue.key);
  }
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
