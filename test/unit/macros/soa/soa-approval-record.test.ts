import { buildStatementOfApplicability } from '../../../../src/domain/soa';
import type { SoaApprovalCheck } from '../../../../src/macros/soa/soa-approval-record';
import {
  SOA_TAMPERED_MESSAGE,
  checkStoredApproval,
  chunkRows,
  newApprovalRecord,
} from '../../../../src/macros/soa/soa-approval-record';

const rows = buildStatementOfApplicability({
  controls: [
    {
      key: 'AIMS-1',
      controlId: 'ISO42001:A.2.2',
      applicability: 'included',
      justification: 'Policy',
      implementationStatus: 'planned',
    },
  ],
  risks: [],
}).rows;

const facts = {
  approvedBy: { accountId: 'u-2', displayName: 'Mia Manager' },
  approvedAt: '2026-11-27T02:00:00.000Z',
  pageId: '65537',
  pageVersion: 3,
  projectKey: 'AIMS',
  includeOrganizationControls: true,
  ownerNames: {},
};

function stored(previous: SoaApprovalCheck = { state: 'none' }) {
  const record = newApprovalRecord(facts, rows, previous);
  return {
    meta: JSON.parse(JSON.stringify(record.meta)),
    chunks: record.chunks.map((r, index) => JSON.parse(JSON.stringify({ index, rows: r }))),
  };
}

describe('stored SoA approval', () => {
  it('reads back a valid snapshot with its rows, approver and page version', () => {
    const { meta, chunks } = stored();
    const check = checkStoredApproval(meta, chunks);
    expect(check.state).toBe('valid');
    if (check.state !== 'valid') return;
    expect(check.snapshot.rows).toEqual(JSON.parse(JSON.stringify(rows)));
    expect(check.snapshot.facts).toMatchObject({
      pageVersion: 3,
      approvedBy: { displayName: 'Mia Manager' },
      rowCount: 38,
    });
    expect(check.snapshot.facts.contentHash).toMatch(/^sha256:/);
  });

  it('detects a row changed outside the app', () => {
    const { meta, chunks } = stored();
    chunks[0].rows[0].applicability = 'excluded';
    expect(checkStoredApproval(meta, chunks)).toMatchObject({
      state: 'tampered',
      message: SOA_TAMPERED_MESSAGE,
    });
  });

  it('detects a changed approver or page version (the seal), and a missing chunk', () => {
    const a = stored();
    a.meta.current.pageVersion = 4;
    expect(checkStoredApproval(a.meta, a.chunks).state).toBe('tampered');
    const b = stored();
    b.meta.current.approvedBy.displayName = 'Someone else';
    expect(checkStoredApproval(b.meta, b.chunks).state).toBe('tampered');
    const c = stored();
    expect(checkStoredApproval(c.meta, []).state).toBe('tampered');
  });

  it('reports a record of the wrong shape as invalid, never as approved', () => {
    const { chunks } = stored();
    const check = checkStoredApproval({ schemaVersion: 1, current: { approvedBy: 'me' } }, chunks);
    expect(check.state).toBe('invalid');
    expect(checkStoredApproval(undefined, []).state).toBe('none');
  });

  it('moves the previous approval into the history, noting one that had been tampered with', () => {
    const first = stored();
    const valid = checkStoredApproval(first.meta, first.chunks);
    const second = newApprovalRecord({ ...facts, pageVersion: 5 }, rows, valid);
    expect(second.meta.history).toEqual([expect.objectContaining({ pageVersion: 3 })]);
    first.chunks[0].rows[1].title = 'x';
    const tampered = checkStoredApproval(first.meta, first.chunks);
    const third = newApprovalRecord({ ...facts, pageVersion: 6 }, rows, tampered);
    expect(third.meta.history[0]).toMatchObject({
      pageVersion: 3,
      note: expect.stringContaining('changed outside the app'),
    });
  });

  it('splits large SoAs into chunks under the property size limit', () => {
    const big = rows.map((r) => ({ ...r, justification: 'j'.repeat(1500) }));
    const chunks = chunkRows(big);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat()).toHaveLength(38);
    for (const c of chunks)
      expect(Buffer.byteLength(JSON.stringify({ index: 0, rows: c }))).toBeLessThan(32 * 1024);
  });
});
