/**
 * The certification readiness report as the viewer may see it: every item read as them (Jira
 * and Confluence), judged by the domain's rules (src/domain/readiness), with the figures and the
 * page or search that proves it; the Stage 1 / Stage 2 dates from app storage; and whether the
 * viewer may set them.
 */
import type { MacroWriterFacts } from '../../authorization/macro-write-guard';
import { viewWriteBlockers } from '../../authorization/macro-write-guard';
import { utcDate } from '../../domain/calendar';
import type { ReadinessJudgement } from '../../domain/readiness';
import {
  auditCoverageReadiness,
  competenceReadiness,
  externalFindingsReadiness,
  fail,
  impactAssessmentReadiness,
  managementReviewReadiness,
  nonconformityReadiness,
  policyReadiness,
  riskTreatmentReadiness,
  scopeReadiness,
  soaReadiness,
  stageCountdown,
  verdictCounts,
  worstVerdict,
} from '../../domain/readiness';
import type { ProductClient } from '../../jira/product-client';
import { loadCertificationStages } from '../../storage/certification-stages';
import { loadProvisioningState } from '../../storage/provisioning-state';
import type {
  ReadinessItemView,
  ReadinessProof,
  ReadinessView,
} from '../../ui-contract/readiness-macro-view';
import type { FigureView } from '../../ui-contract/overview-view';
import { readinessConfig } from './readiness-macro-config';
import { readPolicyFacts, readScopeFacts, readSoaFacts } from './readiness-documents';
import type { JiraReading } from './readiness-jira-reader';
import {
  readAuditCoverage,
  readCompetence,
  readExternalFindings,
  readImpactAssessments,
  readNonconformities,
  readRiskTreatment,
} from './readiness-jira-reader';
import { readLastReview } from './readiness-review';

export interface ReadinessRequest {
  rawConfig: unknown;
  jira: ProductClient;
  confluence: ProductClient;
  now: Date;
  /** Who may set the Stage dates (undefined: could not be checked). */
  writer: MacroWriterFacts | undefined;
}

type ItemHead = Pick<ReadinessItemView, 'id' | 'title' | 'clauses'>;

function item(
  head: ItemHead,
  judgement: ReadinessJudgement,
  figures: readonly FigureView[],
  proof: ReadinessProof | null,
  hidden = 0,
): ReadinessItemView {
  return { ...head, ...judgement, figures, proof, hidden };
}

const pageProof = (page: { pageId: string; title: string } | null): ReadinessProof | null =>
  page ? { kind: 'page', ...page } : null;

const jqlProof = (reading: JiraReading<unknown>): ReadinessProof => ({
  kind: 'jql',
  ...reading.proof,
});

export async function loadReadinessView(request: ReadinessRequest): Promise<ReadinessView> {
  const checked = readinessConfig.check(request.rawConfig);
  if (!checked.ok) {
    return {
      configured: false,
      message: readinessConfig.notConfigured(checked.problems),
      problems: checked.problems,
    };
  }
  const config = checked.config;
  const state = await loadProvisioningState(config.projectKey);
  if (!state) {
    const problem = `Project ${config.projectKey} is not set up as the AIMS project yet; an administrator provisions it on the AIMS admin page.`;
    return { configured: false, message: problem, problems: [problem] };
  }
  const { jira, confluence, now } = request;
  const asOf = utcDate(now);
  const r = { jira, state, asOf };
  const [scope, policy, soa, risks, impact, ncs, audits, review, competence, external, stages] =
    await Promise.all([
      readScopeFacts(confluence, config.projectKey, now),
      readPolicyFacts(jira, confluence, now),
      readSoaFacts(confluence, config.soaPageId),
      readRiskTreatment(r),
      readImpactAssessments(r),
      readNonconformities(r),
      readAuditCoverage(r, config.cycle),
      readLastReview(jira, confluence, state, config.reviewPageId, asOf),
      readCompetence(r),
      readExternalFindings(r),
      loadCertificationStages(config.projectKey),
    ]);
  const items: ReadinessItemView[] = [
    item(
      { id: 'scope', title: 'Scope of the AIMS', clauses: '4.3' },
      scopeReadiness(scope.facts),
      [],
      pageProof(scope.page),
    ),
    item(
      { id: 'policy', title: 'AI policy and its acknowledgements', clauses: '5.2, 7.3' },
      policyReadiness(policy.facts),
      [],
      pageProof(policy.page),
    ),
    item(
      { id: 'soa', title: 'Statement of Applicability approved', clauses: '6.1.3 d)' },
      soaReadiness(soa.facts),
      [],
      pageProof(soa.page),
    ),
    item(
      { id: 'risks', title: 'Risk treatment and residual risk acceptance', clauses: '6.1.3, 8.3' },
      riskTreatmentReadiness(risks.facts),
      risks.figures,
      jqlProof(risks),
    ),
    item(
      { id: 'impact', title: 'AI system impact assessments', clauses: '6.1.4, 8.4' },
      impactAssessmentReadiness(impact.facts),
      impact.figures,
      jqlProof(impact),
    ),
    item(
      { id: 'nonconformities', title: 'Open nonconformities by grade and age', clauses: '10.2' },
      nonconformityReadiness(ncs.facts),
      ncs.figures,
      jqlProof(ncs),
    ),
    item(
      {
        id: 'audits',
        title: `Internal audit coverage of cycle ${config.cycle}`,
        clauses: '9.2.2',
      },
      auditCoverageReadiness(audits.facts),
      audits.figures,
      jqlProof(audits),
    ),
    item(
      { id: 'review', title: 'Last management review and its actions', clauses: '9.3' },
      managementReviewReadiness(review.facts),
      review.figures,
      pageProof(review.page),
      review.hidden,
    ),
    competence
      ? item(
          { id: 'competence', title: 'Competence records', clauses: '7.2' },
          competenceReadiness(competence.facts),
          competence.figures,
          jqlProof(competence),
        )
      : item(
          { id: 'competence', title: 'Competence records', clauses: '7.2' },
          fail('The project has no Competence Record type yet: run provisioning again.'),
          [],
          null,
        ),
    item(
      { id: 'external', title: 'External audit findings', clauses: '9.2, 10.2' },
      externalFindingsReadiness(external.facts),
      external.figures,
      jqlProof(external),
    ),
  ];
  const verdicts = items.map((i) => i.verdict);
  const countdown = stageCountdown(stages, asOf);
  return {
    configured: true,
    projectKey: config.projectKey,
    cycle: config.cycle,
    asOf,
    items,
    counts: verdictCounts(verdicts),
    overall: worstVerdict(verdicts),
    stages: { ...stages, daysToStage1: countdown.stage1, daysToStage2: countdown.stage2 },
    externalFindings: external.list,
    viewer: { stagesBlockers: viewWriteBlockers(request.writer, 'readiness.stages') },
  };
}
