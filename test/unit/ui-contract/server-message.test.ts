/**
 * The sentences the domain gives the issue panel carry a message key and its values
 * (docs/decisions/0010): each key is one the panel's locale files have, its English there is the
 * domain's English word for word, and its German fills the same values.
 */
import path from 'node:path';
import { completionRequirements, operationRequirements } from '../../../src/domain/ai-system';
import { auditRequirements } from '../../../src/domain/audit-programme';
import type { AuditFacts } from '../../../src/domain/audit-programme';
import { closingRequirements as incidentClosing } from '../../../src/domain/incident';
import type { IncidentFacts } from '../../../src/domain/incident';
import type { Reason } from '../../../src/domain/lifecycle/reason';
import {
  actionAfterIneffectiveReviewRequirements,
  aimsChangeRequirements,
  auditFindingRequirements,
  causeAnalysisRequirements,
  correctiveActionPathRequirements,
  effectivenessRequirements,
  evaluateCorrectiveActionTransition,
  findingRegradeRequirements,
  findingReopeningRequirements,
  implementationRequirements,
  ineffectiveResultRequirements,
  noActionClosingRequirements,
  reactRequirements,
} from '../../../src/domain/nonconformity';
import type { NonconformityFacts } from '../../../src/domain/nonconformity';
import {
  PANEL_MESSAGE_PREFIX,
  SERVER_MESSAGE_KEYS,
  missingOf,
} from '../../../src/ui-contract/server-message';
import { translatorOf } from '../../../static/common/i18n/translator';
import { translationFileWords } from '../../support/translation-file';

const translator = (locale: string) => {
  const file = path.resolve(__dirname, `../../../static/issue-panel/src/locales/${locale}.json`);
  const words = translationFileWords(file);
  return translatorOf((key) => words.get(key) ?? key, locale);
};
const english = translator('en-US');
const german = translator('de-DE');
const say = (t: typeof english, r: Reason) => t.t(`${PANEL_MESSAGE_PREFIX}${r.key}`, r.params);

const open = { key: 'AIMS-7', done: false, implementerAccountIds: ['rev'] };
const done = { key: 'AIMS-8', done: true, implementerAccountIds: [], completedAt: null };
const nothing: NonconformityFacts = {};
const reviewed: NonconformityFacts = {
  similarCheck: { answered: true, answer: 'none', notes: null },
  recurrenceOf: ['AIMS-1', 'AIMS-2'],
  correctiveActionDecision: 'needed',
  correctiveActions: [open, done],
  verdict: 'ineffective',
  reviewerAccountId: 'rev',
  lastIneffectiveReviewAt: '2026-01-01T00:00:00Z',
  aimsChangeNeeded: 'yes',
};
const auditNothing: AuditFacts = {
  objectives: null,
  scopeAndCriteria: null,
  cycle: null,
  coverage: null,
  leadAuditorAccountId: null,
  auditeeAccountId: null,
  reportUrl: null,
};
const ncs = [{ key: 'AIMS-3', closed: false }];
const incident = (facts: Partial<IncidentFacts>): IncidentFacts => ({
  aiSystems: [],
  nonconformities: [],
  standingNonconformities: [],
  ...facts,
});
const linkedOpen = [{ key: 'AIMS-4', done: false }];

/** Every requirement the panel can show, from facts that leave each of them unmet. */
const reasons: Reason[] = [
  ...[nothing, reviewed].flatMap((f) => [
    ...reactRequirements(f),
    ...causeAnalysisRequirements(f),
    ...implementationRequirements(f),
    ...effectivenessRequirements(f),
    ...actionAfterIneffectiveReviewRequirements(f),
    ...ineffectiveResultRequirements(f),
    ...noActionClosingRequirements(f),
    ...aimsChangeRequirements(f),
  ]),
  ...causeAnalysisRequirements({
    similarCheck: { answered: true },
    correctiveActionDecision: 'needed',
  }),
  ...causeAnalysisRequirements({ correctiveActionDecision: 'not-needed' }),
  ...correctiveActionPathRequirements({ correctiveActionDecision: 'not-needed' }),
  ...effectivenessRequirements({ verdict: null, correctiveActions: [open] }),
  ...evaluateCorrectiveActionTransition('in-progress', 'done', {}).reasons,
  ...evaluateCorrectiveActionTransition('to-do', 'cancelled', {}).reasons,
  ...auditFindingRequirements('close', { grade: null, nonconformities: [] }),
  ...auditFindingRequirements('ncRaised', { grade: 'observation', nonconformities: [] }),
  ...auditFindingRequirements('ncRaised', { grade: 'major-nc', nonconformities: [] }),
  ...auditFindingRequirements('close', { grade: 'minor-nc', nonconformities: [] }),
  ...auditFindingRequirements('close', { grade: 'minor-nc', nonconformities: ncs }),
  ...findingRegradeRequirements({
    from: 'major-nc',
    to: 'observation',
    reason: null,
    nonconformities: ncs,
  }),
  ...findingRegradeRequirements({ from: 'major-nc', to: null, reason: null, nonconformities: [] }),
  ...findingReopeningRequirements('reopen', ncs),
  ...findingReopeningRequirements('reopenWithNonconformity', []),
  ...operationRequirements({ impactAssessments: [], risks: [] }),
  ...operationRequirements({ impactAssessments: linkedOpen, risks: linkedOpen }),
  ...completionRequirements({ aiSystems: [], risks: [] }),
  ...completionRequirements({
    assessedOn: '2026-05-01',
    nextReviewDate: '2026-01-01',
    aiSystems: [],
    risks: [],
  }),
  ...incidentClosing(incident({})),
  ...incidentClosing(incident({ externalReporting: 'yes', requirementBreached: 'yes' })),
  ...incidentClosing(
    incident({ requirementBreached: 'yes', breachedRequirement: 'ISO42001:A.99.9' }),
  ),
  ...incidentClosing(incident({ requirementBreached: 'no', standingNonconformities: ['AIMS-5'] })),
  ...incidentClosing(incident({ requirementBreached: 'no', breachedRequirement: 'GDPR art. 33' })),
  ...auditRequirements('close', auditNothing),
  ...auditRequirements('start', {
    ...auditNothing,
    coverage: '4.1, 11.9',
    leadAuditorAccountId: 'same',
    auditeeAccountId: 'same',
  }),
];

describe('the messages the domain gives the issue panel', () => {
  it('names each with a key of the list the locale files are checked against', () => {
    const keys = new Set(reasons.map((r) => r.key));
    expect(reasons.filter((r) => !r.key)).toEqual([]);
    expect([...keys].filter((k) => !SERVER_MESSAGE_KEYS.includes(k ?? ''))).toEqual([]);
    // And the list holds no key the domain never gives.
    expect(SERVER_MESSAGE_KEYS.filter((k) => !keys.has(k))).toEqual([]);
  });

  it("says in the panel's English exactly what the domain says", () => {
    const differing = reasons.filter((r) => say(english, r) !== r.message);
    expect(differing.map((r) => `${r.key}: ${say(english, r)} ≠ ${r.message}`)).toEqual([]);
  });

  it('says each in German, with its values filled in', () => {
    const open = reasons.find((r) => r.key === 'nonconformity.corrective-action-open');
    expect(open?.params).toEqual({ action: 'AIMS-7' });
    expect(open && say(german, open)).toBe(
      'Schließen Sie die Korrekturmaßnahme AIMS-7 ab, bevor ihre Wirksamkeit überprüft wird (10.2 c).',
    );
    const linked = reasons.find((r) => r.key === 'nonconformity.corrective-actions-linked');
    expect(linked?.params).toEqual({ actions: 'AIMS-7, AIMS-8' });
    const untranslated = reasons.filter((r) => {
      const text = say(german, r);
      return text === r.message || /\{\w+\}/.test(text) || text.startsWith(PANEL_MESSAGE_PREFIX);
    });
    expect(untranslated.map((r) => r.key)).toEqual([]);
  });

  it('sends what is missing once each, the English and its message in the same order', () => {
    const causes = causeAnalysisRequirements({});
    const { missing, missingMessages } = missingOf([...causes, ...causes]);
    expect(missing).toEqual(causes.map((r) => r.message));
    expect(missingMessages).toEqual(causes.map((r) => ({ key: r.key, params: {} })));
    expect(missingOf([{ code: 'x', message: 'Plain.' }]).missingMessages).toEqual([
      { key: null, params: {} },
    ]);
  });
});
