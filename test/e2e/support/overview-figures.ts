import type { Frame } from 'playwright-core';
import type { RunningSite } from '../../../emulator/core/site';
import type { SeededLogin } from '../../support/test-site';
import { callAs } from '../../support/test-site';

/** One figure of the AIMS overview: what it counts, its JQL and the count it shows. */
export interface OverviewFigure {
  label: string;
  jql: string;
  count: number;
}

/** Every figure the overview frame shows (its linked counts), in page order. */
export function readOverviewFigures(frame: Frame): Promise<OverviewFigure[]> {
  return frame.getByTestId('figure').evaluateAll((links) =>
    links.map((a) => ({
      label: (a.getAttribute('aria-label') ?? '').replace(/^\d+ — (.*): open in Jira$/, '$1'),
      jql: a.getAttribute('data-jql') ?? '',
      count: Number(a.getAttribute('data-count')),
    })),
  );
}

/**
 * The figures whose count differs from Jira's approximate count of their JQL, as `login` (the
 * person who sees the overview), written "jql: shows N, counts M".
 */
export async function figuresNotMatchingJql(
  site: RunningSite,
  login: SeededLogin,
  figures: readonly OverviewFigure[],
): Promise<string[]> {
  const mismatches: string[] = [];
  for (const f of figures) {
    const res = await callAs(site, login, 'POST', '/rest/api/3/search/approximate-count', {
      jql: f.jql,
    });
    const count = (res.body as { count: number }).count;
    if (count !== f.count) mismatches.push(`${f.jql}: shows ${f.count}, counts ${count}`);
  }
  return mismatches;
}
