/**
 * AI Control and AI Risk issues (read as the viewer, through the app's provisioning) → the inputs
 * of the domain's SoA builder. Pure: no Jira calls here.
 */
import { isCatalogId } from '../../domain/catalog/lookup';
import { ORG_CONTROL_ID_PATTERN } from '../../domain/records';
import type { RiskMatrixConfig } from '../../domain/risk';
import type { SoaControlInput, SoaRiskInput } from '../../domain/soa';
import type { AimsFieldValue, AimsIssue } from '../../jira/aims-issue';
import { applicabilityOf, implementationStatusOf } from '../../jira/jira-option-values';
import { evidenceFromLinks, evidenceFromText } from './soa-evidence';

const textOf = (v: AimsFieldValue | undefined): string | null =>
  typeof v === 'string' && v.trim() ? v.trim() : null;

/**
 * The control ID an AI Control issue stands for: its ISO 42001 reference when that is an Annex A
 * control or an `ORG:` id; an organization control named after the issue when the reference is
 * empty; otherwise the reference as written (the builder reports it as unplaced).
 */
export function controlIdOf(issue: AimsIssue): string {
  const ref = textOf(issue.values.isoReference);
  if (!ref) return `ORG:${issue.key}`;
  if (isCatalogId(ref, 'annex-a-control') || ORG_CONTROL_ID_PATTERN.test(ref)) return ref;
  return ref;
}

export const isOrganizationControl = (controlId: string): boolean =>
  ORG_CONTROL_ID_PATTERN.test(controlId);

/** One AI Control issue as an SoA record. */
export function controlInputOf(issue: AimsIssue, siteUrl: string): SoaControlInput {
  const riskKeys = issue.links
    .filter((l) => l.linkTypeKey === 'mitigates' && l.direction === 'outward' && l.issue.key)
    .map((l) => l.issue.key);
  return {
    key: issue.key,
    controlId: controlIdOf(issue),
    title: issue.summary,
    applicability: applicabilityOf(issue.values.applicability),
    justification: textOf(issue.values.justification),
    implementationStatus: implementationStatusOf(issue.values.implementationStatus),
    ownerAccountId: issue.assignee?.accountId ?? null,
    evidence: [
      ...evidenceFromText(textOf(issue.values.evidence), { siteUrl, key: issue.key }),
      ...evidenceFromLinks(issue, siteUrl),
    ],
    riskKeys: [...new Set(riskKeys)],
  };
}

/** The risk band ID of a Jira "risk level" option (`High` → `high`), when the matrix knows it. */
export function bandIdOf(
  matrix: RiskMatrixConfig,
  option: AimsFieldValue | undefined,
): string | null {
  const label = textOf(option);
  if (!label) return null;
  const band = matrix.bands.find(
    (b) => b.label.toLowerCase() === label.toLowerCase() || b.id === label.toLowerCase(),
  );
  return band ? band.id : label.toLowerCase();
}

/** The risk bands (ID → label) the SoA prints levels with: those of the site's matrix. */
export const soaRiskBands = (matrix: RiskMatrixConfig): { id: string; label: string }[] =>
  matrix.bands.map((b) => ({ id: b.id, label: b.label }));

/** One AI Risk issue as an SoA risk. */
export function riskInputOf(matrix: RiskMatrixConfig, issue: AimsIssue): SoaRiskInput {
  const residual = bandIdOf(matrix, issue.values.residualLevel);
  return {
    key: issue.key,
    title: issue.summary,
    inherentLevel: bandIdOf(matrix, issue.values.inherentLevel),
    residual: residual ? { level: residual } : null,
  };
}

/** Owners' display names as Jira showed them to the viewer (assignee of each control issue). */
export function ownerNamesOf(issues: readonly AimsIssue[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.assignee)
      names[issue.assignee.accountId] = issue.assignee.displayName ?? issue.assignee.accountId;
  }
  return names;
}
