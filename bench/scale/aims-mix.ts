/**
 * How many AIMS issues of each kind a bench site of N issues holds: a large customer's mix, where
 * AI risks dominate and the audit → finding → nonconformity → corrective action chain is the next
 * biggest family. N counts every AIMS issue, the 38 Annex A controls provisioning creates included.
 */
import { ANNEX_A_CONTROLS } from '../../src/domain/catalog/annex-a';

export interface AimsMix {
  annexControls: number;
  orgControls: number;
  systems: number;
  impactAssessments: number;
  risks: number;
  audits: number;
  findings: number;
  nonconformities: number;
  correctiveActions: number;
  actions: number;
  objectives: number;
}

export type AimsKind = keyof AimsMix;

/** Share of the issues (after the Annex A controls) per kind; the AI risks take the rest. */
const SHARES: Omit<Record<AimsKind, number>, 'annexControls' | 'risks'> = {
  orgControls: 0.01,
  systems: 0.02,
  impactAssessments: 0.02,
  audits: 0.004,
  findings: 0.12,
  nonconformities: 0.06,
  correctiveActions: 0.12,
  actions: 0.14,
  objectives: 0.006,
};

/** At least this many of a kind, whatever the size (the fixtures of the measured paths need them). */
const FLOORS: Partial<Record<AimsKind, number>> = {
  orgControls: 5,
  systems: 5,
  audits: 2,
  findings: 20,
  nonconformities: 10,
  correctiveActions: 40,
};

export const ANNEX_CONTROL_COUNT = ANNEX_A_CONTROLS.length;

/** The mix of a site of `total` AIMS issues. */
export function aimsMix(total: number): AimsMix {
  const rest = total - ANNEX_CONTROL_COUNT;
  if (rest < 500)
    throw new Error(`A bench site needs at least ${ANNEX_CONTROL_COUNT + 500} issues`);
  const mix = { annexControls: ANNEX_CONTROL_COUNT, risks: 0 } as AimsMix;
  let used = 0;
  for (const [kind, share] of Object.entries(SHARES) as [keyof typeof SHARES, number][]) {
    mix[kind] = Math.max(FLOORS[kind] ?? 0, Math.round(rest * share));
    used += mix[kind];
  }
  mix.risks = rest - used;
  return mix;
}

export const mixTotal = (mix: AimsMix): number => Object.values(mix).reduce((sum, n) => sum + n, 0);
