import { ANNEX_A_CONTROLS, ANNEX_A_OBJECTIVES } from '../catalog/annex-a';
import type { AnnexAControl } from '../catalog/annex-a';
import { hashOfCanonicalJson } from '../integrity/canonical-hash';
import { hasText } from '../lifecycle/has-text';
import { isOrgControlId } from '../records/record-fields';
import type { SoaBuildInput, SoaControlInput, SoaRiskInput } from './soa-input';
import { compareIssueKeys, SOA_RISKS_LISTED } from './soa-row';
import type {
  SoaGroup,
  SoaHidden,
  SoaRiskRef,
  SoaRow,
  SoaRowFlag,
  StatementOfApplicability,
} from './soa-row';
import { soaTotals } from './soa-totals';

const ANNEX_A_BY_ID: ReadonlyMap<string, AnnexAControl> = new Map(
  ANNEX_A_CONTROLS.map((c) => [c.id, c]),
);

const count = (n: number | undefined): number =>
  n !== undefined && Number.isInteger(n) && n > 0 ? n : 0;

function groupRecords(controls: readonly SoaControlInput[]): Map<string, SoaControlInput[]> {
  const byId = new Map<string, SoaControlInput[]>();
  for (const control of controls) {
    const list = byId.get(control.controlId) ?? [];
    list.push(control);
    byId.set(control.controlId, list);
  }
  return byId;
}

/**
 * The risks each row lists, found through index maps (never a scan of every risk per row): by the
 * control IDs a risk names and by the risk keys a control record names. Every risk is turned into
 * its reference and canonical identity once, and sorted once (issue-key order), so a row only
 * sorts small integers.
 */
class RiskIndex {
  private readonly byControl = new Map<string, number[]>();
  private readonly byKey = new Map<string, number[]>();
  private readonly refs: SoaRiskRef[];
  private readonly canonical: (string | undefined)[];

  constructor(risks: readonly SoaRiskInput[], labels: ReadonlyMap<string, string>) {
    const sortKey = (r: SoaRiskInput) => r.key ?? r.title;
    // Stable sort by key (numeric-aware, as people read issue keys); ties keep the input order.
    const ordered = risks
      .map((risk, index) => ({ risk, index, sortKey: sortKey(risk) }))
      .sort((a, b) => compareIssueKeys(a.sortKey, b.sortKey) || a.index - b.index);
    this.refs = ordered.map(({ risk }) => riskRef(risk, labels));
    this.canonical = new Array<string | undefined>(ordered.length);
    ordered.forEach(({ risk }, rank) => {
      for (const controlId of new Set(risk.linkedControls ?? []))
        push(this.byControl, controlId, rank);
      if (risk.key !== undefined) push(this.byKey, risk.key, rank);
    });
  }

  /** The ranks of the risks a row lists: linked to `controlId`, or named by the record (sorted). */
  ranksFor(controlId: string, record: SoaControlInput | undefined): number[] {
    const linked = this.byControl.get(controlId) ?? [];
    const keys = record?.riskKeys ?? [];
    if (keys.length === 0) return linked;
    const ranks = new Set(linked);
    for (const key of keys) for (const r of this.byKey.get(key) ?? []) ranks.add(r);
    return [...ranks].sort((a, b) => a - b);
  }

  /**
   * The row's risk fields: the first SOA_RISKS_LISTED (with their levels), how many there are,
   * and the digest of which risks they all are (keys and titles).
   */
  rowRisks(ranks: readonly number[]): Pick<SoaRow, 'risks' | 'riskCount' | 'riskDigest'> {
    const parts = ranks.map((rank) => this.canonicalOf(rank));
    return {
      risks: ranks.slice(0, SOA_RISKS_LISTED).map((rank) => this.refs[rank] as SoaRiskRef),
      riskCount: ranks.length,
      riskDigest: hashOfCanonicalJson(`[${parts.join(',')}]`),
    };
  }

  private canonicalOf(rank: number): string {
    const known = this.canonical[rank];
    if (known !== undefined) return known;
    const text = canonicalRiskIdentity(this.refs[rank] as SoaRiskRef);
    this.canonical[rank] = text;
    return text;
  }
}

const json = (v: string | null): string => (v === null ? 'null' : JSON.stringify(v));

/**
 * canonicalJson of a risk's identity `{key, title}` (what soaRiskDigest covers), written for its
 * fixed shape: the same text without the general walk. A unit test holds the two equal.
 */
export function canonicalRiskIdentity(r: Pick<SoaRiskRef, 'key' | 'title'>): string {
  return `{"key":${json(r.key)},"title":${json(r.title)}}`;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function riskRef(risk: SoaRiskInput, labels: ReadonlyMap<string, string>): SoaRiskRef {
  const level = risk.inherentLevel ?? null;
  const residualLevel = risk.residual?.level ?? null;
  return {
    key: risk.key ?? null,
    title: risk.title,
    level,
    levelLabel: level === null ? null : (labels.get(level) ?? level),
    residualLevel,
    residualLevelLabel:
      residualLevel === null ? null : (labels.get(residualLevel) ?? residualLevel),
  };
}

function buildRow(
  base: Pick<SoaRow, 'controlId' | 'ref' | 'title' | 'source' | 'objectiveId'>,
  records: readonly SoaControlInput[],
  risks: RiskIndex,
): SoaRow {
  const [record, ...duplicates] = records;
  const applicability = record?.applicability ?? 'undecided';
  const justification = hasText(record?.justification) ? record.justification.trim() : null;
  const flags: SoaRowFlag[] = [];
  if (applicability === 'undecided') flags.push('undecided');
  else if (justification === null) flags.push('justification-missing');
  if (duplicates.length > 0) flags.push('duplicate-record');
  return {
    ...base,
    recordKey: record?.key ?? null,
    applicability,
    justification,
    implementationStatus: record?.implementationStatus ?? null,
    ownerAccountId: record?.ownerAccountId ?? null,
    ...risks.rowRisks(risks.ranksFor(base.controlId, record)),
    evidence: [...(record?.evidence ?? [])],
    flags,
    duplicateKeys: duplicates.flatMap((d) => (d.key ? [d.key] : [])),
  };
}

/**
 * The Statement of Applicability (6.1.3): all 38 Annex A controls in catalog order, grouped by
 * objective A.2–A.10 (a control without a decision shows as undecided), then the organization's
 * own controls, each with applicability, justification, status, owner, the risks that justify it
 * and evidence; with totals and the number of items hidden from the viewer.
 */
export function buildStatementOfApplicability(input: SoaBuildInput): StatementOfApplicability {
  const labels = new Map((input.riskBands ?? []).map((b) => [b.id, b.label]));
  const records = groupRecords(input.controls);
  const riskIndex = new RiskIndex(input.risks, labels);

  const annexRows = ANNEX_A_CONTROLS.map((control) =>
    buildRow(
      {
        controlId: control.id,
        ref: control.ref,
        title: control.title,
        source: 'annex-a',
        objectiveId: control.objectiveId,
      },
      records.get(control.id) ?? [],
      riskIndex,
    ),
  );

  const orgRows = [...records.entries()]
    .filter(([controlId]) => isOrgControlId(controlId))
    .sort(([a], [b]) => compareIssueKeys(a, b))
    .map(([controlId, list]) => {
      const ref = controlId.slice('ORG:'.length);
      const title = list.map((r) => r.title).find(hasText) ?? ref;
      return buildRow(
        { controlId, ref, title, source: 'organization', objectiveId: null },
        list,
        riskIndex,
      );
    });

  const byObjective = new Map<string, SoaRow[]>();
  for (const row of annexRows) if (row.objectiveId) push(byObjective, row.objectiveId, row);
  const groups: SoaGroup[] = ANNEX_A_OBJECTIVES.map((objective) => {
    const rows = byObjective.get(objective.id) ?? [];
    return {
      id: objective.id,
      ref: objective.ref,
      title: objective.title,
      rows,
      totals: soaTotals(rows),
    };
  });
  if (orgRows.length > 0) {
    groups.push({
      id: 'ORG',
      ref: 'ORG',
      title: 'Organization controls',
      rows: orgRows,
      totals: soaTotals(orgRows),
    });
  }

  const rows = [...annexRows, ...orgRows];
  const controls = count(input.hiddenControlCount);
  const risks = count(input.hiddenRiskCount);
  const hidden: SoaHidden = { controls, risks, total: controls + risks };
  const unplaced = input.controls
    .filter((c) => !ANNEX_A_BY_ID.has(c.controlId) && !isOrgControlId(c.controlId))
    .map((c) => ({ key: c.key ?? null, controlId: c.controlId }));

  return { groups, rows, totals: soaTotals(rows), hidden, unplaced };
}
