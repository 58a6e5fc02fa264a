/**
 * The demo AIMS of `npm start`: after the app has provisioned project AIMS (its install trigger),
 * people fill it through plain REST, so the app's triggers, validators and post functions run
 * as for anyone; between phases the seed waits until the app has handled every event, and time
 * passes (`timePasses`: Jira's search index catches up, as it has by the time a person comes back —
 * the app's own triggers have run under the lag by then). Then the Confluence pages with the app's
 * macros (AI Policy, Statement of Applicability, AIMS scope and context, management reviews). Run
 * it once per site (the caller guards it with a site flag).
 */
import type { ForgeHost } from '../../forge-host';
import { seedAuditProgrammePage } from './demo-audit-programme-page';
import {
  seedCompetenceRecords,
  seedCompetenceRequirements,
  seedPolicyAcknowledgements,
} from './demo-competence';
import { seedGapPage } from './demo-gap-page';
import { seedPolicyPage } from './demo-policy-page';
import { seedExternalAuditFindings, seedReadinessPage } from './demo-readiness-page';
import { seedAimsBoard } from './demo-board';
import { seedReviewPages } from './demo-review-pages';
import { seedScopePage, seedScopeRevision } from './demo-scope-page';
import { seedSoaPage } from './demo-soa-page';
import type { DemoAudit } from './demo-audit';
import { seedAudit } from './demo-audit';
import { DemoJira } from './demo-jira';
import type { DemoNonconformities } from './demo-nonconformities';
import { seedNonconformities } from './demo-nonconformities';
import type { DemoSite } from './demo-rest';
import type { DemoImpactAssessments } from './demo-impact-assessments';
import { completeImpactAssessments, seedImpactAssessments } from './demo-impact-assessments';
import { seedRiskMatrix } from './demo-risk-matrix';
import type { DemoIncidents } from './demo-incidents';
import { seedIncidents } from './demo-incidents';
import { risksOfSystem, seedRisks } from './demo-risks';
import { controlKeys, seedControlDecisions } from './demo-soa-decisions';
import type { DemoSystems } from './demo-systems';
import { seedAimsActions, seedObjectives, seedSystems } from './demo-systems';

export interface DemoSeedResult {
  systems: DemoSystems;
  impactAssessments: DemoImpactAssessments;
  risks: Map<string, string>;
  /** The AI Control issue of each Annex A control, by its reference (e.g. "A.5.2"). */
  controls: Map<string, string>;
  controlsDecided: number;
  audit: DemoAudit;
  nonconformities: DemoNonconformities;
  incidents: DemoIncidents;
  objectives: string[];
  actions: string[];
  competenceRecords: string[];
  pages: {
    policy: string;
    soa: string;
    scope: string;
    reviewQ3: string;
    reviewQ4: string;
    gap: string;
    auditProgramme: string;
    readiness: string;
  };
  /** The Audit recording the certification body's Stage 1 audit (its findings imported). */
  externalAudit: string;
}

export async function seedDemo(
  site: DemoSite,
  host: ForgeHost,
  log: (line: string) => void = () => undefined,
  timePasses: () => void = () => undefined,
): Promise<DemoSeedResult> {
  const settle = async () => {
    await host.waitForIdle();
    timePasses();
  };
  await settle(); // provisioning happened before anyone starts work
  const jira = await DemoJira.connect(site);
  const controls = await controlKeys(jira);
  if (controls.size === 0)
    throw new Error('Project AIMS has no AI Control issues: provision it first');

  const systems = await seedSystems(jira);
  const impactAssessments = await seedImpactAssessments(jira, systems);
  const objectives = await seedObjectives(jira);
  const actions = await seedAimsActions(jira);
  await seedCompetenceRequirements(host);
  const competenceRecords = await seedCompetenceRecords(jira);
  await settle();
  log(
    `AI systems, ${Object.keys(impactAssessments).length} impact assessments, ${objectives.length} objectives, ${actions.length} AIMS actions, ${competenceRecords.length} competence records`,
  );

  const controlsDecided = await seedControlDecisions(jira, controls);
  await settle();
  log(`SoA decisions on ${controlsDecided} controls`);

  await seedRiskMatrix(host);
  await settle();
  const risks = await seedRisks(jira, systems, controls, settle);
  log(
    `the risk matrix (5×5, appetite Medium); ${risks.size} AI risks with owners, approvals and acceptances`,
  );

  await completeImpactAssessments(jira, systems, impactAssessments, (system) =>
    risksOfSystem(risks, system),
  );
  await settle();
  log('impact assessments completed (one due for review); two AI systems in operation');

  const audit = await seedAudit(jira, settle);
  log(
    `internal audit ${audit.audit} with ${audit.findings.size} findings; the app raised ${audit.raised.size} nonconformities`,
  );

  const nonconformities = await seedNonconformities(jira, audit, settle);
  log(
    `nonconformities at every 10.2 step, ${nonconformities.correctiveActions.length} corrective actions`,
  );

  const incidents = await seedIncidents(jira, systems, settle);
  log(
    `two AI incidents: ${incidents.noBreach} closed, ${incidents.breach} raised ${incidents.raised}`,
  );

  const externalAudit = await seedExternalAuditFindings(jira, host);
  await settle();
  log(`the Stage 1 audit ${externalAudit}: its findings imported with source "External audit"`);
  log(`the ${await seedAimsBoard(host)}: a Kanban board of the AIMS work (Projects → Boards)`);

  const policy = await seedPolicyPage(site, host);
  if (policy.created) await seedPolicyAcknowledgements(site, host, policy.pageId);
  const soa = await seedSoaPage(site, host, settle);
  // The scope as approved is what the Q3 review is held against; its revision is what Q4 shows.
  const scope = await seedScopePage(site, host);
  const reviews = await seedReviewPages(site, host);
  if (scope.created) await seedScopeRevision(host, scope);
  const gap = await seedGapPage(site, host);
  const auditProgramme = await seedAuditProgrammePage(site, host);
  const readiness = await seedReadinessPage(site, host, {
    soaPageId: soa.pageId,
    reviewPageId: reviews.q3PageId,
  });
  await settle();
  log(
    'Confluence: AI Policy, Statement of Applicability, AIMS scope and context, Management Review 2026-Q3 and 2026-Q4, Gap analysis, Internal audit programme 2026, Certification readiness',
  );

  return {
    systems,
    impactAssessments,
    risks,
    controls,
    controlsDecided,
    audit,
    nonconformities,
    incidents,
    objectives,
    actions,
    competenceRecords,
    pages: {
      policy: policy.pageId,
      soa: soa.pageId,
      scope: scope.id,
      reviewQ3: reviews.q3PageId,
      reviewQ4: reviews.q4PageId,
      gap: gap.id,
      auditProgramme: auditProgramme.id,
      readiness: readiness.id,
    },
    externalAudit,
  };
}
