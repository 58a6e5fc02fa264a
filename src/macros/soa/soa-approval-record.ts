/**
 * The approved SoA snapshot: the rows as approved, who approved them and when, the Confluence
 * page and its version at approval, and two hashes — `contentHash` over the rows
 * (soaContentHash) and `sealHash` over the approval's facts including `contentHash` — so any
 * change to the stored snapshot made outside the app is detected on read and never shown as valid.
 */
import { z } from 'zod';
import { CONTENT_HASH_PATTERN, contentHash } from '../../domain/integrity/canonical-hash';
import { zodIssueLines } from '../../domain/refusal';
import type { SoaRow } from '../../domain/soa';
import { soaContentHash, soaRowSchema } from '../../domain/soa';

export const SOA_APPROVAL_PROPERTY_KEY = 'aims-soa-approval';
/** Rows are stored in chunks beside the approval (a content property holds at most 32 KB). */
export const SOA_APPROVAL_ROWS_KEY_PREFIX = 'aims-soa-approval-rows-';
export const SOA_TAMPERED_MESSAGE =
  'The approved snapshot does not match its hash: it was changed outside the app';
/** How many earlier approvals the history keeps. */
export const SOA_HISTORY_LIMIT = 50;

const hash = z.string().regex(CONTENT_HASH_PATTERN, { error: 'must be a sha256 content hash' });

const personSchema = z.object({ accountId: z.string().min(1), displayName: z.string() });

/** The facts of one approval (what `sealHash` covers, plus the seal itself). */
export const soaApprovalFactsSchema = z.object({
  approvedBy: personSchema,
  approvedAt: z.iso.datetime({ offset: true }),
  pageId: z.string().regex(/^\d+$/),
  pageVersion: z.number().int().min(1),
  projectKey: z.string(),
  includeOrganizationControls: z.boolean(),
  rowCount: z.number().int().min(0),
  ownerNames: z.record(z.string(), z.string()),
  contentHash: hash,
  /**
   * Risks the rows count but do not list (beyond the first SOA_RISKS_LISTED of a row) that carry
   * an issue security level, as the approver counted them: each later viewer is told how many of
   * them they cannot see. Absent in approvals made before it was kept (then nothing is said).
   */
  restrictedCountedKeys: z
    .array(z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/))
    .max(50_000)
    .optional(),
});
export type SoaApprovalFacts = z.infer<typeof soaApprovalFactsSchema>;

export const soaApprovalMetaSchema = z.object({
  schemaVersion: z.literal(1),
  current: soaApprovalFactsSchema.extend({
    sealHash: hash,
    chunkCount: z.number().int().min(1).max(50),
  }),
  /** Earlier approvals, newest first (facts only; their rows are not kept). */
  history: z
    .array(
      z.object({
        approvedBy: personSchema,
        approvedAt: z.string(),
        pageVersion: z.number().int(),
        contentHash: z.string(),
        /** The approval's seal hash (facts): how the app's seal chain knows it (sealed approvals). */
        sealHash: hash.optional(),
        note: z.string().optional(),
      }),
    )
    .max(SOA_HISTORY_LIMIT),
});
export type SoaApprovalMeta = z.infer<typeof soaApprovalMetaSchema>;
export type SoaApprovalHistoryEntry = SoaApprovalMeta['history'][number];

export const soaRowChunkSchema = z.object({
  index: z.number().int().min(0),
  rows: z.array(soaRowSchema),
});

/** The seal over an approval's facts (including the rows' content hash). */
export function sealOf(facts: SoaApprovalFacts): string {
  return contentHash(soaApprovalFactsSchema.parse(facts));
}

export interface SoaApprovedSnapshot {
  facts: SoaApprovalFacts;
  rows: SoaRow[];
  history: SoaApprovalHistoryEntry[];
}

export type SoaApprovalCheck =
  | { state: 'none' }
  | { state: 'valid'; snapshot: SoaApprovedSnapshot }
  | {
      state: 'tampered';
      message: string;
      facts: SoaApprovalFacts | null;
      history: SoaApprovalHistoryEntry[];
    }
  | { state: 'invalid'; message: string; history: SoaApprovalHistoryEntry[] };

const problemsOf = (error: z.ZodError): string =>
  zodIssueLines(error, { root: 'value', max: 3 }).join('; ');

/**
 * Validates the stored approval (zod) and checks both hashes. `rawChunks` are the values of the
 * row properties, in any order. A valid shape with a wrong hash is `tampered`; a broken shape is
 * `invalid`. Neither is ever shown as an approved SoA.
 */
export function checkStoredApproval(
  rawMeta: unknown,
  rawChunks: readonly unknown[],
): SoaApprovalCheck {
  if (rawMeta === undefined) return { state: 'none' };
  const meta = soaApprovalMetaSchema.safeParse(rawMeta);
  if (!meta.success) {
    return {
      state: 'invalid',
      message: `The stored SoA approval is not valid (${problemsOf(meta.error)}); it is not shown as approved.`,
      history: [],
    };
  }
  const { current, history } = meta.data;
  const { sealHash, chunkCount, ...facts } = current;
  const chunks = new Map<number, SoaRow[]>();
  for (const raw of rawChunks) {
    const chunk = soaRowChunkSchema.safeParse(raw);
    if (!chunk.success) return { state: 'tampered', message: SOA_TAMPERED_MESSAGE, facts, history };
    chunks.set(chunk.data.index, chunk.data.rows);
  }
  const rows: SoaRow[] = [];
  for (let i = 0; i < chunkCount; i += 1) {
    const part = chunks.get(i);
    if (!part) return { state: 'tampered', message: SOA_TAMPERED_MESSAGE, facts, history };
    rows.push(...part);
  }
  if (
    rows.length !== facts.rowCount ||
    soaContentHash(rows) !== facts.contentHash ||
    sealOf(facts) !== sealHash
  ) {
    return { state: 'tampered', message: SOA_TAMPERED_MESSAGE, facts, history };
  }
  return { state: 'valid', snapshot: { facts, rows, history } };
}

/** Splits rows into chunks whose JSON stays well under a content property's 32 KB. */
export function chunkRows(rows: readonly SoaRow[], maxBytes = 24_000): SoaRow[][] {
  const chunks: SoaRow[][] = [];
  let current: SoaRow[] = [];
  let size = 0;
  for (const row of rows) {
    const bytes = Buffer.byteLength(JSON.stringify(row));
    if (bytes > maxBytes)
      throw new Error(`The SoA row ${row.ref} is too large to store (${bytes} bytes)`);
    if (current.length > 0 && size + bytes > maxBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += bytes + 1;
  }
  if (current.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** A new approval's stored form, with the previous approval moved into the history. */
export function newApprovalRecord(
  facts: Omit<SoaApprovalFacts, 'contentHash' | 'rowCount'>,
  rows: readonly SoaRow[],
  previous: SoaApprovalCheck,
): { meta: SoaApprovalMeta; chunks: SoaRow[][] } {
  const full: SoaApprovalFacts = {
    ...facts,
    rowCount: rows.length,
    contentHash: soaContentHash(rows),
  };
  const chunks = chunkRows(rows);
  const earlier: SoaApprovalHistoryEntry[] =
    previous.state === 'valid'
      ? [pick(previous.snapshot.facts), ...previous.snapshot.history]
      : previous.state === 'tampered'
        ? [
            ...(previous.facts
              ? [
                  {
                    ...pick(previous.facts),
                    note: 'Its stored snapshot had been changed outside the app',
                  },
                ]
              : []),
            ...previous.history,
          ]
        : previous.state === 'invalid'
          ? previous.history
          : [];
  const meta: SoaApprovalMeta = {
    schemaVersion: 1,
    current: { ...full, sealHash: sealOf(full), chunkCount: chunks.length },
    history: earlier.slice(0, SOA_HISTORY_LIMIT),
  };
  return { meta: soaApprovalMetaSchema.parse(meta), chunks };
}

function pick(facts: SoaApprovalFacts): SoaApprovalHistoryEntry {
  return {
    approvedBy: facts.approvedBy,
    approvedAt: facts.approvedAt,
    pageVersion: facts.pageVersion,
    contentHash: facts.contentHash,
    sealHash: sealOf(facts),
  };
}

/**
 * The approvals the page stores, oldest first (the current one last), as the app's seal chain
 * covers them: each by its seal hash (history entries from before sealing have none).
 */
export function storedApprovalFacts(
  check: SoaApprovalCheck,
): { recordHash: string; pageVersion: number }[] {
  const history =
    check.state === 'none' ? [] : check.state === 'valid' ? check.snapshot.history : check.history;
  const earlier = [...history]
    .reverse()
    .map((h) => ({ recordHash: h.sealHash ?? UNSEALED, pageVersion: h.pageVersion }));
  if (check.state === 'valid') {
    const { facts } = check.snapshot;
    return [...earlier, { recordHash: sealOf(facts), pageVersion: facts.pageVersion }];
  }
  // Rows that do not match their own hashes are not the sealed record, whatever the facts say.
  if (check.state === 'tampered' && check.facts)
    return [...earlier, { recordHash: UNSEALED, pageVersion: check.facts.pageVersion }];
  return earlier;
}

/** Stands for an approval stored without a valid seal hash (never equal to a real one). */
const UNSEALED = `sha256:${'0'.repeat(64)}`;
