import { ANNEX_A_CONTROLS, ANNEX_A_OBJECTIVES } from '../catalog/annex-a';
import type { AnnexAControl } from '../catalog/annex-a';
import { hasText } from '../lifecycle/has-text';
import { isOrgControlId } from '../records/record-fields';
import type { SoaBuildInput, SoaControlInput, SoaRiskInput } from './soa-input';
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

function risksFor(
  controlId: string,
  record: SoaControlInput | undefined,
  risks: readonly SoaRiskInput[],
  labels: ReadonlyMap<string, string>,
): SoaRiskRef[] {
  const keysFromControl = new Set(record?.riskKeys ?? []);
  return risks
    .filter(
      (risk) =>
        (risk.linkedControls ?? []).includes(controlId) ||
        (risk.key !== undefined && keysFromControl.has(risk.key)),
    )
    .map((risk) => riskRef(risk, labels))
    .sort((a, b) => (a.key ?? a.title).localeCompare(b.key ?? b.title, 'en', { numeric: true }));
}

function buildRow(
  base: Pick<SoaRow, 'controlId' | 'ref' | 'title' | 'source' | 'objectiveId'>,
  records: readonly SoaControlInput[],
  input: SoaBuildInput,
  labels: ReadonlyMap<string, string>,
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
    risks: risksFor(base.controlId, record, input.risks, labels),
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
      input,
      labels,
    ),
  );

  const orgRows = [...records.entries()]
    .filter(([controlId]) => isOrgControlId(controlId))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([controlId, list]) => {
      const ref = controlId.slice('ORG:'.length);
      const title = list.map((r) => r.title).find(hasText) ?? ref;
      return buildRow(
        { controlId, ref, title, source: 'organization', objectiveId: null },
        list,
        input,
        labels,
      );
    });

  const groups: SoaGroup[] = ANNEX_A_OBJECTIVES.map((objective) => {
    const rows = annexRows.filter((r) => r.objectiveId === objective.id);
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
