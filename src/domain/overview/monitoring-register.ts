/**
 * The monitoring register of clause 9.1: what the organization decided to measure, how, how often,
 * who measures it, the target, where the value comes from (a JQL count or a value entered by
 * hand) and the results recorded over time. Its latest results are an input of the management
 * review (9.3.2 d) 2): monitoring and measurement results).
 */
import { z } from 'zod';

export const KPI_FREQUENCIES = ['Monthly', 'Quarterly', 'Half-yearly', 'Yearly'] as const;
export const MAX_KPIS = 50;
export const MAX_RESULTS_PER_KPI = 60;

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, { error: `${label} is needed` })
    .max(max, { error: `${label} must be at most ${max} characters` });

const day = z
  .string({ error: 'The date must be like 2026-12-06' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'The date must be like 2026-12-06' });

export const kpiResultSchema = z.object({
  on: day,
  value: z.number({ error: 'The result must be a number' }).finite(),
});
export type KpiResult = z.infer<typeof kpiResultSchema>;

/** What an AIMS manager enters for a KPI (without its results). */
export const kpiDefinitionSchema = z.object({
  name: text('The KPI name', 120),
  method: text('The method', 500),
  frequency: z.enum(KPI_FREQUENCIES, {
    error: `The frequency must be one of: ${KPI_FREQUENCIES.join(', ')}`,
  }),
  owner: text('The owner', 120),
  target: text('The target', 120),
  /** The JQL whose count is the value; empty: the value is entered by hand. */
  jql: z
    .string({ error: 'The JQL must be text' })
    .trim()
    .max(2000, { error: 'The JQL must be at most 2000 characters' })
    .default(''),
});
export type KpiDefinition = z.infer<typeof kpiDefinitionSchema>;

export const kpiSchema = kpiDefinitionSchema.extend({
  id: z.string().regex(/^kpi-\d+$/),
  results: z.array(kpiResultSchema).max(MAX_RESULTS_PER_KPI).default([]),
});
export type Kpi = z.infer<typeof kpiSchema>;

export const monitoringRegisterSchema = z.object({
  kpis: z.array(kpiSchema).max(MAX_KPIS).default([]),
  /** The number the next KPI's id takes. */
  nextId: z.number().int().min(1).default(1),
});
export type MonitoringRegister = z.infer<typeof monitoringRegisterSchema>;

export const EMPTY_REGISTER: MonitoringRegister = { kpis: [], nextId: 1 };

/** Adds a KPI (refused past MAX_KPIS). */
export function addKpi(
  register: MonitoringRegister,
  definition: KpiDefinition,
): MonitoringRegister {
  if (register.kpis.length >= MAX_KPIS) {
    throw new RangeError(`The register holds at most ${MAX_KPIS} KPIs; remove one first.`);
  }
  const kpi: Kpi = { ...definition, id: `kpi-${register.nextId}`, results: [] };
  return { kpis: [...register.kpis, kpi], nextId: register.nextId + 1 };
}

function requireKpi(register: MonitoringRegister, id: string): Kpi {
  const kpi = register.kpis.find((k) => k.id === id);
  if (!kpi)
    throw new RangeError(`There is no KPI ${id} in the register (it may have been removed).`);
  return kpi;
}

/** Changes a KPI's definition; its results stay. */
export function updateKpi(
  register: MonitoringRegister,
  id: string,
  definition: KpiDefinition,
): MonitoringRegister {
  requireKpi(register, id);
  return {
    ...register,
    kpis: register.kpis.map((k) => (k.id === id ? { ...k, ...definition } : k)),
  };
}

export function removeKpi(register: MonitoringRegister, id: string): MonitoringRegister {
  requireKpi(register, id);
  return { ...register, kpis: register.kpis.filter((k) => k.id !== id) };
}

/**
 * Records a result: one per day (a second one the same day replaces it), kept in date order, the
 * oldest dropped past MAX_RESULTS_PER_KPI.
 */
export function recordKpiResult(
  register: MonitoringRegister,
  id: string,
  result: KpiResult,
): MonitoringRegister {
  const kpi = requireKpi(register, id);
  const results = [...kpi.results.filter((r) => r.on !== result.on), result]
    .sort((a, b) => a.on.localeCompare(b.on))
    .slice(-MAX_RESULTS_PER_KPI);
  return {
    ...register,
    kpis: register.kpis.map((k) => (k.id === id ? { ...k, results } : k)),
  };
}

/** A KPI's latest result, for the management review (9.3.2 d) 2). */
export const kpiLatestResultSchema = z.object({
  name: z.string(),
  target: z.string(),
  owner: z.string(),
  frequency: z.string(),
  latest: kpiResultSchema.nullable(),
  previous: kpiResultSchema.nullable(),
});
export type KpiLatestResult = z.infer<typeof kpiLatestResultSchema>;

export function latestKpiResults(register: MonitoringRegister): KpiLatestResult[] {
  return register.kpis.map((k) => ({
    name: k.name,
    target: k.target,
    owner: k.owner,
    frequency: k.frequency,
    latest: k.results.at(-1) ?? null,
    previous: k.results.at(-2) ?? null,
  }));
}
