/**
 * The AIMS overview (9.1) as the viewer may see it: the figures from Jira (read as them), the
 * monitoring register with each JQL KPI's count now (as them), and whether they may change it.
 */
import { pageWriteBlockers } from '../authorization/role-guard';
import { utcDate } from '../domain/calendar';
import type { Kpi } from '../domain/overview';
import { loadActiveAims } from '../jira/active-aims';
import { approximateCount } from '../jira/issue-search';
import type { ProductClient } from '../jira/product-client';
import { loadMonitoringRegister } from '../storage/monitoring-register';
import { loadRiskMatrix } from '../storage/risk-matrix';
import type { KpiView, OverviewView } from '../ui-contract/overview-view';
import { readOverviewFigures } from './overview-jira-reader';

/** A JQL KPI's count now, as the viewer; null when Jira refuses the JQL (shown as such). */
async function currentValue(jira: ProductClient, kpi: Kpi): Promise<number | null> {
  if (!kpi.jql) return null;
  try {
    return await approximateCount(jira, kpi.jql);
  } catch (err) {
    console.warn(`[aims] the JQL of KPI ${kpi.id} could not be counted`, err);
    return null;
  }
}

export async function registerKpiViews(
  jira: ProductClient,
  kpis: readonly Kpi[],
): Promise<KpiView[]> {
  const values = await Promise.all(kpis.map((k) => currentValue(jira, k)));
  return kpis.map((k, i) => ({ ...k, current: values[i] ?? null }));
}

export async function loadOverviewView(
  jiraAsViewer: ProductClient,
  now: Date,
): Promise<OverviewView> {
  const active = await loadActiveAims();
  if (!active) {
    return {
      configured: false,
      message: 'The AIMS project is not set up yet.',
      problems: [
        'A Jira administrator sets it up on the app’s administration page (Apps → AIMS for Jira & Confluence).',
      ],
    };
  }
  const { projectKey } = active.state;
  const [figures, register, editBlockers] = await Promise.all([
    // The heat maps and levels follow the matrix set on the admin page (6.1.2).
    loadRiskMatrix().then((matrix) =>
      readOverviewFigures(jiraAsViewer, active.state, matrix, utcDate(now)),
    ),
    loadMonitoringRegister(projectKey),
    pageWriteBlockers(jiraAsViewer, 'register.edit'),
  ]);
  return {
    configured: true,
    ...figures,
    register: { kpis: await registerKpiViews(jiraAsViewer, register.kpis), editBlockers },
  };
}
