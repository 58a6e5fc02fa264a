import fs from 'node:fs';
import {
  renderTraceabilityDoc,
  requirements,
  TRACEABILITY_DOC,
  traceProblems,
} from '../../../scripts/generate-traceability';

describe('docs/traceability.md', () => {
  it('has a row for every clause 4–10 sub-clause and Annex A control, and every file, symbol and test it names exists', () => {
    expect(traceProblems()).toEqual([]);
  });

  it('covers the 32 sub-clauses of clauses 4–10 and the 38 Annex A controls', () => {
    const reqs = requirements();
    expect(reqs.filter((r) => !r.annexA)).toHaveLength(32);
    expect(reqs.filter((r) => r.annexA)).toHaveLength(38);
  });

  it('is current (regenerate with npx tsx scripts/generate-traceability.ts)', () => {
    expect(fs.readFileSync(TRACEABILITY_DOC, 'utf8')).toBe(renderTraceabilityDoc());
  });
});
