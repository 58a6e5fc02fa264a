import { ANNEX_A_CONTROLS } from '../src/domain/catalog/annex-a';
import type { NonconformityFacts } from '../src/domain/nonconformity';
import { evaluateTransition } from '../src/domain/nonconformity';
import { DEFAULT_RISK_MATRIX, assessRisk } from '../src/domain/risk';
import type { SoaControlInput, SoaRiskInput } from '../src/domain/soa';
import { buildStatementOfApplicability, soaContentHash } from '../src/domain/soa';
import type { BenchResult } from './timing';
import { measure } from './timing';

const ORG_CONTROLS = 200;
const RISKS = 2000;
const BANDS = ['low', 'medium', 'high', 'critical'];

function soaInput(): { controls: SoaControlInput[]; risks: SoaRiskInput[] } {
  const annex: SoaControlInput[] = ANNEX_A_CONTROLS.map((c, i) => ({
    key: `AIMS-${i + 1}`,
    controlId: c.id,
    applicability: i % 7 === 0 ? 'excluded' : 'included',
    justification: `Decision on ${c.ref} recorded by the AIMS team.`,
    implementationStatus: 'in-progress',
    ownerAccountId: 'owner-1',
    evidence: [{ url: `https://example.com/evidence/${i}` }],
  }));
  const org: SoaControlInput[] = Array.from({ length: ORG_CONTROLS }, (_, i) => ({
    key: `AIMS-${100 + i}`,
    controlId: `ORG:control-${i}`,
    title: `Organization control ${i}`,
    applicability: 'included',
    justification: 'Needed for our own risk treatment.',
    implementationStatus: 'implemented',
  }));
  const controls = [...annex, ...org];
  const risks: SoaRiskInput[] = Array.from({ length: RISKS }, (_, i) => ({
    key: `AIMS-${1000 + i}`,
    title: `Risk ${i}`,
    inherentLevel: BANDS[i % BANDS.length] ?? null,
    residual: { level: 'low' },
    linkedControls: [controls[i % controls.length]?.controlId ?? '', `ORG:control-${i % 37}`],
  }));
  return { controls, risks };
}

/** Facts that satisfy every 10.2 guard: closing after the effectiveness review runs them all. */
const completeFacts: NonconformityFacts = {
  correction: 'Model rolled back to the previous version.',
  consequences: 'Affected users were informed.',
  causes: 'Training data drift was not monitored.',
  similarCheck: { answered: true, notes: 'Checked the other two models.' },
  correctiveActionDecision: 'needed',
  correctiveActions: [{ key: 'AIMS-9', done: true, implementerAccountIds: ['dev-1'] }],
  verdict: 'effective',
  evidence: 'Drift monitor report of the last 30 days.',
  reviewerAccountId: 'reviewer-1',
  aimsChangeNeeded: 'no',
};

/** Pure ISO 42001 domain code at large-site sizes. */
export async function benchDomain(): Promise<BenchResult[]> {
  const input = soaInput();
  const results: BenchResult[] = [];
  results.push(
    await measure(
      `buildStatementOfApplicability (38 Annex A + ${ORG_CONTROLS} org controls, ${RISKS} risks)`,
      { iterations: 20, warmup: 3 },
      () => buildStatementOfApplicability(input),
    ),
  );
  const soa = buildStatementOfApplicability(input);
  results.push(
    await measure(
      `soaContentHash of that SoA (${soa.rows.length} rows)`,
      { iterations: 20, warmup: 3 },
      () => soaContentHash(soa.rows),
    ),
  );
  const closing = evaluateTransition('effectiveness-review', 'closed', completeFacts);
  if (!closing.allowed)
    throw new Error(`bench facts fail the 10.2 guards: ${JSON.stringify(closing)}`);
  results.push(
    await measure(
      '10.2 evaluateTransition effectiveness-review → closed (all guards pass)',
      { iterations: 50, warmup: 5, batch: 1000 },
      () => evaluateTransition('effectiveness-review', 'closed', completeFacts),
    ),
  );
  results.push(
    await measure(
      '10.2 evaluateTransition react → cause-analysis (empty facts, refused)',
      { iterations: 50, warmup: 5, batch: 1000 },
      () => evaluateTransition('react', 'cause-analysis', {}),
    ),
  );
  results.push(
    await measure(
      'assessRisk on the default 5×5 matrix',
      { iterations: 50, warmup: 5, batch: 10_000 },
      (i) => assessRisk(DEFAULT_RISK_MATRIX, (i % 5) + 1, ((i >> 3) % 5) + 1),
    ),
  );
  return results;
}
