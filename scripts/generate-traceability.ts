/**
 * Writes docs/traceability.md from scripts/traceability/trace-entries.ts, the catalogue
 * (src/domain/catalog) and the issue types (src/jira/aims-schema): each clause 4–10 sub-clause and
 * each Annex A control → what serves it and the tests that prove it.
 * `npx tsx scripts/generate-traceability.ts` (a unit test fails when the doc is stale or a row
 * names a file, symbol or test that does not exist).
 */
import fs from 'node:fs';
import path from 'node:path';
import { AIMS_REQUIREMENTS, type Requirement } from '../src/domain/catalog';
import { AIMS_ISSUE_TYPES } from '../src/jira/aims-schema';
import type { ServedBy, TraceEntry, TraceLevel } from './traceability/trace-entry';
import { TRACE_ENTRIES } from './traceability/trace-entries';

const ROOT = path.resolve(__dirname, '..');
export const TRACEABILITY_DOC = path.join(ROOT, 'docs/traceability.md');

/** Clauses 4–10 at sub-clause level and the Annex A controls (the catalogue's requirements). */
export function requirements(): readonly Requirement[] {
  return AIMS_REQUIREMENTS;
}

const SOA_ROW: ServedBy = {
  what: 'its row of the Statement of Applicability (an AI Control issue: applicability, justification, evidence, linked risks)',
  where: 'src/domain/soa/build-statement-of-applicability.ts#buildStatementOfApplicability',
};
const SOA_TESTS = [
  'test/unit/domain/soa/build-statement-of-applicability.test.ts',
  'test/integration/macros/soa-macro.test.ts',
];

/** The row of a requirement: its entry (Annex A controls default to a SoA row) plus the issue types recording it. */
export function traceRow(req: Requirement): TraceEntry | undefined {
  const entry = TRACE_ENTRIES.find((e) => e.ref === req.ref);
  const base: TraceEntry | undefined =
    entry ??
    (req.annexA ? { ref: req.ref, level: 'soa row', servedBy: [], tests: SOA_TESTS } : undefined);
  if (!base) return undefined;
  const types: ServedBy[] = AIMS_ISSUE_TYPES.filter((t) => {
    const clause = t.clause.replace(/^ISO42001:/, '');
    return clause === req.ref || req.ref.startsWith(`${clause}.`);
  }).map((t) => ({
    what: `the "${t.defaultName}" issue type`,
    where: 'src/jira/aims-schema/issue-types.ts',
  }));
  const servedBy = req.annexA ? [SOA_ROW, ...base.servedBy] : [...types, ...base.servedBy];
  return { ...base, servedBy };
}

/** Everything wrong with the matrix: requirements without a row, rows without a requirement, dead references. */
export function traceProblems(): string[] {
  const problems: string[] = [];
  const reqs = requirements();
  const known = new Set(reqs.map((r) => r.ref));
  const seen = new Set<string>();
  for (const e of TRACE_ENTRIES) {
    if (!known.has(e.ref))
      problems.push(`${e.ref}: not a clause 4–10 sub-clause or Annex A control of the catalogue`);
    if (seen.has(e.ref)) problems.push(`${e.ref}: more than one entry`);
    seen.add(e.ref);
    if ((e.level === 'partly' || e.level === 'catalogue only') && !e.gap)
      problems.push(`${e.ref}: "${e.level}" needs a gap saying what is missing or why`);
    if (
      (e.level === 'feature' || e.level === 'partly') &&
      (e.servedBy.length === 0 || e.tests.length === 0)
    )
      problems.push(`${e.ref}: "${e.level}" needs what serves it and a test that proves it`);
  }
  for (const r of reqs) {
    const row = traceRow(r);
    if (!row) {
      problems.push(`${r.ref}: no entry in scripts/traceability/trace-entries.ts`);
      continue;
    }
    for (const s of row.servedBy) problems.push(...referenceProblems(r.ref, s.where, '#'));
    for (const t of row.tests) problems.push(...referenceProblems(r.ref, t, '::'));
  }
  return problems;
}

function referenceProblems(ref: string, reference: string, separator: string): string[] {
  const [file = '', needle] = reference.split(separator);
  const full = path.join(ROOT, file);
  if (!fs.existsSync(full)) return [`${ref}: ${file} does not exist`];
  if (needle && !fs.readFileSync(full, 'utf8').includes(needle))
    return [`${ref}: ${file} has no "${needle}"`];
  return [];
}

const LEVEL_ORDER: readonly TraceLevel[] = ['feature', 'partly', 'soa row', 'catalogue only'];

function link(reference: string, separator: string): string {
  const [file = '', needle] = reference.split(separator);
  const label = needle ? `${file} (${needle})` : file;
  return `[${label.replace(/\|/g, '\\|')}](../${file})`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function summary(rows: readonly { level: TraceLevel }[]): string {
  return LEVEL_ORDER.map((l) => [l, rows.filter((r) => r.level === l).length] as const)
    .filter(([, n]) => n > 0)
    .map(([l, n]) => `${n} ${l}`)
    .join(', ');
}

export function renderTraceabilityDoc(): string {
  const reqs = requirements();
  const rows = reqs.map((r) => ({ req: r, row: traceRow(r) }));
  const table = (annexA: boolean): string[] => [
    '| ref | requirement | level | served by | proved by | gap |',
    '|---|---|---|---|---|---|',
    ...rows
      .filter(({ req }) => req.annexA === annexA)
      .map(({ req, row }) => {
        const served = (row?.servedBy ?? [])
          .map((s) => `${cell(s.what)}: ${link(s.where, '#')}`)
          .join('<br>');
        const tests = (row?.tests ?? []).map((t) => link(t, '::')).join('<br>');
        return `| ${req.ref} | ${cell(req.title)} | ${row?.level ?? 'missing'} | ${served} | ${tests} | ${cell(row?.gap ?? '')} |`;
      }),
  ];
  const clauseRows = rows.filter((r) => !r.req.annexA).flatMap((r) => (r.row ? [r.row] : []));
  const annexRows = rows.filter((r) => r.req.annexA).flatMap((r) => (r.row ? [r.row] : []));
  return [
    '# Traceability: ISO/IEC 42001 → the app',
    '',
    'Generated by `scripts/generate-traceability.ts` from `scripts/traceability/trace-entries.ts`, the catalogue',
    '(`src/domain/catalog`) and the issue types (`src/jira/aims-schema`); do not edit by hand. A unit test',
    '(`test/unit/docs/traceability-doc.test.ts`) fails when this page is stale, when a requirement has no row,',
    'or when a row names a file, symbol or test that no longer exists.',
    '',
    'Levels: **feature** — the app records and enforces it and a test proves it; **partly** — the gap says what is',
    'missing; **soa row** (Annex A) — decided and evidenced as a row of the Statement of Applicability, with no process',
    'of its own in the app; **catalogue only** — the gap says why.',
    '',
    `Clauses 4–10 (${clauseRows.length} sub-clauses): ${summary(clauseRows)}.`,
    `Annex A (${annexRows.length} controls): ${summary(annexRows)}.`,
    '',
    '## Clauses 4–10',
    '',
    ...table(false),
    '',
    '## Annex A controls',
    '',
    ...table(true),
    '',
  ].join('\n');
}

if (require.main === module) {
  const problems = traceProblems();
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  fs.writeFileSync(TRACEABILITY_DOC, renderTraceabilityDoc());
  console.log(`wrote ${path.relative(ROOT, TRACEABILITY_DOC)}`);
}
