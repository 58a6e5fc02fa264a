import { recurrenceOfOpenNote, recurrenceVerdictNote } from '../domain/nonconformity';
import type { AimsIssue, AimsLink } from '../jira/aims-issue';
import { linkedIssues } from '../jira/aims-links';
import type { CorrectiveActionSnapshot } from '../jira/facts/nonconformity-facts-reader';
import {
  NONCONFORMITY_FIELD_KEYS,
  nonconformityFacts,
} from '../jira/facts/nonconformity-facts-reader';
import { fieldsForReasons, nonconformityProgressView } from './nonconformity-progress-view';
import { formFields } from './panel-form-fields';
import { nonconformityActions } from './panel-actions';
import type { PanelInputs } from './panel-inputs';
import { isOverdue, isoDay, panelUser, refOfLink, shownText } from './panel-issue-ref';
import { refOfIssue } from './panel-issue-ref';
import type { CorrectiveActionRow, FindingRef, NonconformityPanel } from './panel-types';

export const NONCONFORMITY_PANEL_FIELDS = [
  ...NONCONFORMITY_FIELD_KEYS,
  'ncSource',
  'isoReference',
] as const;
/** Extra fields of the linked issues (findings' grade; actions' status, assignee, due date are system fields). */
export const NONCONFORMITY_LINKED_FIELDS = ['findingGrade'] as const;

/**
 * The Corrective Actions linked to a Nonconformity as the guards need them, from the issues the
 * panel already read (no extra request). An action missing from `linked` counts as not done.
 */
export function correctiveActionSnapshots(
  nc: AimsIssue,
  linked: ReadonlyMap<string, AimsIssue>,
  caTypeName: string,
): CorrectiveActionSnapshot[] {
  return linkedIssues(nc, 'corrects', caTypeName).map((l) => {
    const ca = linked.get(l.issue.key);
    return {
      key: l.issue.key,
      done: (ca?.statusCategory ?? l.issue.statusCategory) === 'done',
      assigneeAccountId: ca?.assignee?.accountId ?? null,
    };
  });
}

/** The recurrence links of a Nonconformity, both ways, with what they mean for its verdict (10.2 b, d). */
function recurrenceView(
  nc: AimsIssue,
  linked: ReadonlyMap<string, AimsIssue>,
  verdict: string | null,
): NonconformityPanel['recurrence'] {
  const links = linkedIssues(nc, 'recurs');
  const refOf = (l: AimsLink) => {
    const other = linked.get(l.issue.key);
    return other ? refOfIssue(other) : refOfLink(l);
  };
  const of = links.filter((l) => l.direction === 'outward').map(refOf);
  const recurredAs = links
    .filter((l) => l.direction === 'inward')
    .map((l) => ({ ...refOf(l), recordedOn: linked.get(l.issue.key)?.created ?? null }));
  const notes = of
    .filter((r) => r.statusCategory !== 'done')
    .map((r) => recurrenceOfOpenNote(r.key));
  const inQuestion = recurrenceVerdictNote(
    recurredAs.map((r) => ({ key: r.key, recordedOn: r.recordedOn })),
    verdict,
  );
  if (inQuestion) notes.unshift(inQuestion);
  return { of, recurredAs, notes };
}

/** The Nonconformity view: 10.2 steps a–e, what is missing, its finding and corrective actions. */
export function buildNonconformityPanel({
  issue: nc,
  linked,
  config,
  viewer,
  now,
}: PanelInputs): NonconformityPanel {
  const today = isoDay(now);
  const names = config.issueTypeNames;
  const facts = nonconformityFacts(
    nc,
    correctiveActionSnapshots(nc, linked, names.correctiveAction),
  );
  const { view, formReasons } = nonconformityProgressView(nc, facts);
  const correctiveActions: CorrectiveActionRow[] = linkedIssues(
    nc,
    'corrects',
    names.correctiveAction,
  ).map((l) => {
    const ca = linked.get(l.issue.key);
    const ref = ca ? refOfIssue(ca) : refOfLink(l);
    const duedate = ca?.duedate ?? null;
    return {
      ...ref,
      assignee: ca?.assignee ? (ca.assignee.displayName ?? ca.assignee.accountId) : null,
      duedate,
      overdue: isOverdue(duedate, ref.statusCategory, today),
    };
  });
  const findings: FindingRef[] = linkedIssues(nc, 'raises', names.auditFinding).map((l) => {
    const finding = linked.get(l.issue.key);
    return {
      ...(finding ? refOfIssue(finding) : refOfLink(l)),
      grade: shownText(finding?.values.findingGrade),
    };
  });
  const v = nc.values;
  const reviewer = v.effectivenessReviewer;
  return {
    kind: 'nonconformity',
    issue: refOfIssue(nc),
    isoReference: shownText(v.isoReference),
    source: shownText(v.ncSource),
    duedate: nc.duedate,
    overdue: isOverdue(nc.duedate, nc.statusCategory, today),
    progress: view,
    findings,
    correctiveActions,
    effectiveness: {
      verdict: shownText(v.verdict),
      reviewer:
        reviewer && typeof reviewer === 'object' && !Array.isArray(reviewer)
          ? panelUser(reviewer)
          : null,
      evidence: shownText(v.effectivenessEvidence),
    },
    aimsChange: { answer: shownText(v.aimsChangeNeeded), link: facts.aimsChangeLink ?? null },
    recurrence: recurrenceView(nc, linked, shownText(v.verdict)),
    form: view.state === 'closed' ? [] : formFields(fieldsForReasons(formReasons), v, viewer),
    actions: nonconformityActions(nc, view, linked, config),
  };
}
