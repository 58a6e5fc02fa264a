/**
 * The configured risk matrix (6.1.2) through plain Jira REST: the admin saves a 4×4 matrix on the
 * admin page (its functions, through the Custom UI bridge), is told how many rated risks fall off
 * the new scale and must confirm; the select options follow the new labels; the validator, the
 * post function and the issue panel then score on the 4×4 matrix.
 */
import type { SeededLogin } from '../../support/test-site';
import { FOUR_BY_FOUR_RISK_MATRIX } from '../../support/risk-matrix-fixtures';
import { bridge, registerFrame } from '../forge-host/fixture-host';
import { jiraOk, searchCatchesUp } from './aims-site';
import {
  assessedRiskRecord,
  createAimsIssue,
  errorMessages,
  mustTransition,
  selectValue,
  transition,
} from './aims-rest';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();

interface Outcome {
  ok: boolean;
  data?: Record<string, unknown>;
  error?: string;
  details?: string[];
}

async function invoke(
  login: SeededLogin,
  moduleKey: string,
  where: { issueKey?: string },
  functionKey: string,
  payload: unknown,
): Promise<Outcome> {
  await s.host.waitForIdle();
  const { frameId } = await registerFrame(s.site, login, moduleKey, where);
  const res = await bridge(s.site, login, frameId, 'invoke', { functionKey, payload });
  if (!res.ok) throw new Error(`bridge failed: ${JSON.stringify(res)}`);
  return res.result as Outcome;
}
const admin = (functionKey: string, payload: unknown = {}) =>
  invoke('admin', 'aims-admin', {}, functionKey, payload);

async function options(fieldKey: string): Promise<{ value: string; disabled: boolean }[]> {
  const fieldId = s.ids.fields[fieldKey] ?? '';
  const contexts = await jiraOk<{ values: { id: string }[] }>(
    s.site,
    'admin',
    'GET',
    `/rest/api/3/field/${fieldId}/context`,
  );
  const page = await jiraOk<{ values: { value: string; disabled: boolean }[] }>(
    s.site,
    'admin',
    'GET',
    `/rest/api/3/field/${fieldId}/context/${contexts.values[0]?.id}/option`,
  );
  return page.values.map((o) => ({ value: o.value, disabled: o.disabled }));
}

const level = (key: string, field: string) => selectValue(s, key, field);

describe('the configured risk matrix', () => {
  it('refuses a matrix that is not valid, naming every problem, and keeps the default', async () => {
    const out = await admin('saveRiskMatrix', {
      matrix: { ...FOUR_BY_FOUR_RISK_MATRIX, likelihood: [{ label: 'Rare' }, { label: 'Often' }] },
    });
    expect(out.ok).toBe(false);
    expect(out.error).toBe('The risk matrix was not saved: fix what is listed.');
    expect(out.details?.join(' ')).toMatch(/likelihood scale must have 3 to 5 levels; it has 2/);
    const current = await admin('getRiskMatrix');
    expect(current.data).toMatchObject({ isDefault: true });
  });

  it('counts the risks off the new scale, needs that count confirmed, then renames the options', async () => {
    const offScale = await createAimsIssue(s, 'manager', 'aiRisk', 'Hallucinated citations', {
      likelihood: '5 - Almost certain',
      consequence: '2 - Minor',
    });
    searchCatchesUp(s.site);
    const check = await admin('checkRiskMatrix', { matrix: FOUR_BY_FOUR_RISK_MATRIX });
    expect(check.data).toMatchObject({ impact: { offScaleRisks: 1 } });

    const unconfirmed = await admin('saveRiskMatrix', { matrix: FOUR_BY_FOUR_RISK_MATRIX });
    expect(unconfirmed.ok).toBe(false);
    expect(unconfirmed.details?.[0]).toMatch(/^1 AI risk is rated above the new scale/);
    expect((await admin('getRiskMatrix')).data).toMatchObject({ isDefault: true });

    const saved = await admin('saveRiskMatrix', {
      matrix: FOUR_BY_FOUR_RISK_MATRIX,
      confirmedOffScaleRisks: 1,
    });
    expect(saved.ok).toBe(true);
    expect((await admin('getRiskMatrix')).data).toMatchObject({ isDefault: false });
    expect(await options('likelihood')).toEqual([
      { value: '1 - Rare', disabled: false },
      { value: '2 - Unlikely', disabled: false },
      { value: '3 - Likely', disabled: false },
      { value: '4 - Almost certain', disabled: false },
      { value: '5 - Almost certain', disabled: true },
    ]);
    expect((await options('residualConsequence')).filter((o) => !o.disabled)).toEqual(
      ['1 - Minor', '2 - Moderate', '3 - Major', '4 - Severe'].map((value) => ({
        value,
        disabled: false,
      })),
    );
    // Saving the same matrix again changes nothing (idempotent).
    const again = await admin('saveRiskMatrix', {
      matrix: FOUR_BY_FOUR_RISK_MATRIX,
      confirmedOffScaleRisks: 1,
    });
    expect(again.data).toMatchObject({ optionsChanged: 0 });

    // The risk rated 5 keeps its value; the validator names the new scale.
    const refused = await transition(s, 'manager', offScale, 'Assess');
    expect(refused.status).toBe(400);
    expect(errorMessages(refused.body)[0]).toMatch(
      /Likelihood 5 is not on the likelihood scale: choose a whole number from 1 to 4/,
    );
  }, 60_000);

  it('the validator, the post function and the panel score on the 4×4 matrix', async () => {
    // 3 × 3 = 9: Medium on the default matrix, High on this one.
    const risk = await createAimsIssue(s, 'manager', 'aiRisk', 'Unfair loan refusals', {
      likelihood: '3 - Likely',
      consequence: '3 - Major',
      ...assessedRiskRecord('manager'),
    });
    await mustTransition(s, 'manager', risk, 'Assess');
    expect(await level(risk, 'inherentLevel')).toBe('High');

    const panel = await invoke('member', 'aims-issue-panel', { issueKey: risk }, 'getPanel', {});
    expect(panel.data).toMatchObject({
      kind: 'risk',
      inherent: { score: 9, bandLabel: 'High', withinAppetite: false },
    });
    const rows = (panel.data as { matrix: { rows: unknown[][] } }).matrix.rows;
    expect(rows.map((r) => r.length)).toEqual([4, 4, 4, 4]);
    expect((panel.data as { appetiteNotice: string }).appetiteNotice).toMatch(
      /above the risk appetite \(Low\)/,
    );
  }, 60_000);
});
