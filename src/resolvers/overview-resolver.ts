/**
 * The AIMS overview (a Jira global page): its figures read as the viewer, and the monitoring
 * register, which only AIMS managers change (checked as them before anything else).
 */
import Resolver from '@forge/resolver';
import { z } from 'zod';
import { utcDate } from '../domain/calendar';
import type { KpiDefinition, MonitoringRegister } from '../domain/overview';
import {
  addKpi,
  kpiDefinitionSchema,
  kpiResultSchema,
  recordKpiResult,
  removeKpi,
  updateKpi,
} from '../domain/overview';
import { Refusal } from '../domain/refusal';
import { pageWriteBlockers } from '../authorization/role-guard';
import { loadActiveAims } from '../jira/active-aims';
import { readCompetenceGaps } from '../jira/competence-gaps-reader';
import { syncCompetenceRequirements } from '../jira/competence-requirement-sync';
import { jiraAsApp, jiraAsUser } from '../jira/forge-clients';
import { changeMonitoringRegister } from '../storage/monitoring-register';
import {
  loadCompetenceRequirements,
  saveCompetenceRequirements,
} from '../storage/competence-requirements';
import { competenceRequirementsSchema } from '../domain/competence';
import { loadOverviewView, registerKpiViews } from '../overview/overview-view';
import { defineValidated } from './resolver-outcome';
import { definePageWrite, pageWriteFunctions } from './page-write';

const resolver = new Resolver();

/** Every figure as the viewer may see it. */
defineValidated(resolver, 'getView', z.object({}), async () =>
  loadOverviewView(jiraAsUser(), new Date()),
);

const kpiId = z.string().regex(/^kpi-\d+$/, { error: 'Name the KPI by its id (kpi-1, …)' });

/** Applies a change to the register of the active project; refusals in plain words. */
async function changeRegister(change: (register: MonitoringRegister) => MonitoringRegister) {
  const active = await loadActiveAims();
  if (!active) throw new Refusal('The AIMS project is not set up yet.');
  let register: MonitoringRegister;
  try {
    register = await changeMonitoringRegister(active.state.projectKey, change);
  } catch (err) {
    if (err instanceof RangeError) throw new Refusal(err.message);
    throw err;
  }
  return { kpis: await registerKpiViews(jiraAsUser(), register.kpis) };
}

/** Adds a KPI, or changes the one named by `id` (its results stay). */
definePageWrite(
  resolver,
  'saveKpi',
  'register.edit',
  z.object({ id: kpiId.optional(), kpi: kpiDefinitionSchema }),
  async ({ id, kpi }: { id?: string; kpi: KpiDefinition }) =>
    changeRegister((r) => (id ? updateKpi(r, id, kpi) : addKpi(r, kpi))),
);

definePageWrite(resolver, 'removeKpi', 'register.edit', z.object({ id: kpiId }), async ({ id }) =>
  changeRegister((r) => removeKpi(r, id)),
);

/** Records a result of a KPI (today's unless a date is given). */
definePageWrite(
  resolver,
  'recordResult',
  'register.edit',
  z.object({
    id: kpiId,
    value: kpiResultSchema.shape.value,
    on: kpiResultSchema.shape.on.optional(),
  }),
  async ({ id, value, on }) =>
    changeRegister((r) => recordKpiResult(r, id, { on: on ?? utcDate(new Date()), value })),
);

/**
 * The competence requirements per AIMS role (7.2 a; app settings, not Jira data), the people of
 * each role lacking each (counts, read as the viewer) and why the viewer may not change them
 * (empty: they may).
 */
defineValidated(resolver, 'getCompetenceRequirements', z.object({}), async () => {
  const active = await loadActiveAims();
  if (!active) throw new Refusal('The AIMS project is not set up yet.');
  const [requirements, editBlockers, gaps] = await Promise.all([
    loadCompetenceRequirements(active.state.projectKey),
    pageWriteBlockers(jiraAsUser(), 'competence.edit'),
    readCompetenceGaps(jiraAsUser(), active.state, utcDate(new Date())),
  ]);
  return {
    requirements,
    editBlockers,
    // Per requirement (role and id), the people of the role lacking it, as the viewer knows them.
    gaps: (gaps ?? []).map((g) => ({
      role: g.requirement.role,
      id: g.requirement.id,
      missing: g.missing,
      of: g.of,
    })),
  };
});

/**
 * Replaces the competence requirements per AIMS role (7.2 a, A.4.6) with the list given, then
 * brings the Competence Record's "Competence requirements met" options in step and moves records
 * still marked with a requirement's label onto the field (as the app: ADR 0012).
 */
definePageWrite(
  resolver,
  'saveCompetenceRequirements',
  'competence.edit',
  z.object({ requirements: competenceRequirementsSchema }),
  async ({ requirements }) => {
    const active = await loadActiveAims();
    if (!active) throw new Refusal('The AIMS project is not set up yet.');
    const saved = await saveCompetenceRequirements(active.state.projectKey, requirements);
    const sync = await syncCompetenceRequirements(jiraAsApp(), active.state, saved);
    return { requirements: saved, sync };
  },
);

export const overviewResolver = resolver.getDefinitions();

/** Its functions that change a record, each with the write it is checked as. */
export const PAGE_WRITE_FUNCTIONS = pageWriteFunctions(resolver);
