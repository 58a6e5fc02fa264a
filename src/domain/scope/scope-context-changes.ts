/**
 * What changed in the scope and context between two of its versions — the management review's
 * inputs 9.3.2 b) (changes in external and internal issues, with climate change, the
 * organization's AI roles and the scope itself) and c) (changes in the needs and expectations of
 * interested parties). Entries are matched by their stable ids; each change says what it was in
 * short lines a reviewer reads. Without an earlier version, everything counts as added.
 */
import { AI_ROLE_NAMES } from '../records/ai-role-names';
import type { AiRole } from '../records/ai-system';
import type {
  AiRolesDecision,
  ClimateChangeDecision,
  ContextIssue,
  InterestedParty,
  PartyRequirement,
  ScopeContext,
  ScopeExclusion,
  ScopeStatement,
} from './scope-context';
import { CONTEXT_ISSUE_KIND_NAMES } from './scope-context';

export const CONTEXT_CHANGE_KINDS = ['added', 'changed', 'removed'] as const;
export type ContextChangeKind = (typeof CONTEXT_CHANGE_KINDS)[number];

export const CONTEXT_CHANGE_SUBJECTS = ['scope', 'issue', 'climate', 'roles', 'party'] as const;
export type ContextChangeSubject = (typeof CONTEXT_CHANGE_SUBJECTS)[number];

export interface ContextChange {
  readonly subject: ContextChangeSubject;
  /** The entry's stable id (`scope`, `climate-change`, `ai-roles` for the single parts). */
  readonly id: string;
  /** The entry's name as it reads now (as it read before, when removed). */
  readonly title: string;
  readonly change: ContextChangeKind;
  /** What changed, one short line each. */
  readonly details: readonly string[];
}

export interface ScopeContextChanges {
  /** 9.3.2 b): the scope, the internal and external issues, climate change, the AI roles. */
  readonly issues: readonly ContextChange[];
  /** 9.3.2 c): the interested parties and their requirements. */
  readonly parties: readonly ContextChange[];
}

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');
const quoted = (text: string): string => `"${text}"`;

function listChanges(label: string, before: readonly string[], after: readonly string[]): string[] {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  return [
    ...(added.length ? [`${label} added: ${added.join(', ')}`] : []),
    ...(removed.length ? [`${label} removed: ${removed.join(', ')}`] : []),
  ];
}

/** Two lists matched by id: what was added, what was removed, and the pairs kept. */
function pairById<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  return {
    added: after.filter((a) => !before.some((b) => b.id === a.id)),
    removed: before.filter((b) => !after.some((a) => a.id === b.id)),
    kept: after.flatMap((now) => {
      const was = before.find((b) => b.id === now.id);
      return was ? [[was, now] as const] : [];
    }),
  };
}

/** The changes of one list of entries, each entry one change. */
function entryChanges<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  describe: {
    subject: ContextChangeSubject;
    title: (item: T) => string;
    added: (item: T) => string[];
    changed: (was: T, now: T) => string[];
  },
): ContextChange[] {
  const { added, removed, kept } = pairById(before, after);
  const change = (item: T, kind: ContextChangeKind, details: string[]): ContextChange => ({
    subject: describe.subject,
    id: item.id,
    title: describe.title(item),
    change: kind,
    details,
  });
  return [
    ...added.map((item) => change(item, 'added', describe.added(item))),
    ...kept.flatMap(([was, now]) => {
      const details = describe.changed(was, now);
      return details.length ? [change(now, 'changed', details)] : [];
    }),
    ...removed.map((item) => change(item, 'removed', [])),
  ];
}

/** One of the single parts of the record (the scope, climate change, the AI roles) as a change. */
function partChange<T>(
  part: { subject: ContextChangeSubject; id: string; title: string },
  was: T | undefined,
  now: T,
  describe: { added: (now: T) => string[]; changed: (was: T, now: T) => string[] },
): ContextChange[] {
  const details = was === undefined ? describe.added(now) : describe.changed(was, now);
  if (was !== undefined && details.length === 0) return [];
  return [{ ...part, change: was === undefined ? 'added' : 'changed', details }];
}

function exclusionLines(was: readonly ScopeExclusion[], now: readonly ScopeExclusion[]): string[] {
  const { added, removed, kept } = pairById(was, now);
  return [
    ...added.map((e) => `Exclusion added: ${e.what} (${e.justification ?? ''})`),
    ...kept.flatMap(([a, b]) =>
      a.what !== b.what || a.justification !== b.justification
        ? [`Exclusion changed: ${b.what} (${b.justification ?? ''})`]
        : [],
    ),
    ...removed.map((e) => `Exclusion removed: ${e.what}`),
  ];
}

/** The scope statement (4.3) as one entry. */
const scopeChange = (was: ScopeStatement | undefined, now: ScopeStatement) =>
  partChange({ subject: 'scope', id: 'scope', title: 'Scope of the AIMS (4.3)' }, was, now, {
    added: (s) => [
      `Organizational units: ${s.organizationalUnits.join(', ')}`,
      `Locations: ${s.locations.join(', ')}`,
      ...exclusionLines([], s.exclusions),
    ],
    changed: (a, b) => [
      ...(a.statement !== b.statement ? ['Scope statement reworded'] : []),
      ...(a.boundaries !== b.boundaries ? ['Boundaries changed'] : []),
      ...listChanges('Organizational units', a.organizationalUnits, b.organizationalUnits),
      ...listChanges('Locations', a.locations, b.locations),
      ...exclusionLines(a.exclusions, b.exclusions),
    ],
  });

const issueChanges = (was: readonly ContextIssue[], now: readonly ContextIssue[]) =>
  entryChanges(was, now, {
    subject: 'issue',
    title: (i) => i.title,
    added: (i) => [CONTEXT_ISSUE_KIND_NAMES[i.kind]],
    changed: (a, b) => [
      ...(a.kind !== b.kind ? [`Was an ${a.kind} issue, now an ${b.kind} one`] : []),
      ...(a.title !== b.title ? [`Renamed from ${quoted(a.title)}`] : []),
      ...(a.description !== b.description ? ['Its effect on the AIMS was described anew'] : []),
    ],
  });

const climateChanges = (was: ClimateChangeDecision | undefined, now: ClimateChangeDecision) =>
  partChange({ subject: 'climate', id: 'climate-change', title: 'Climate change' }, was, now, {
    added: (c) => [`Relevant: ${yesNo(c.relevant)}`],
    changed: (a, b) => [
      ...(a.relevant !== b.relevant
        ? [`Relevant: ${yesNo(a.relevant)} → ${yesNo(b.relevant)}`]
        : []),
      ...(a.note !== b.note ? ['Note changed'] : []),
    ],
  });

const roleNames = (roles: readonly AiRole[]) => roles.map((r) => AI_ROLE_NAMES[r]);

const roleChanges = (was: AiRolesDecision | undefined, now: AiRolesDecision) =>
  partChange({ subject: 'roles', id: 'ai-roles', title: "The organization's AI roles" }, was, now, {
    added: (r) => [roleNames(r.roles).join(', ')],
    changed: (a, b) => [
      ...listChanges('Roles', roleNames(a.roles), roleNames(b.roles)),
      ...(a.note !== b.note ? ['Note changed'] : []),
    ],
  });

const addressed = (r: PartyRequirement): string =>
  r.addressed ? 'addressed by the AIMS' : 'not addressed by the AIMS';

function requirementLines(
  was: readonly PartyRequirement[],
  now: readonly PartyRequirement[],
): string[] {
  const { added, removed, kept } = pairById(was, now);
  return [
    ...added.map((r) => `Requirement added: ${quoted(r.text)} (${addressed(r)})`),
    ...kept.flatMap(([a, b]) => [
      ...(a.text !== b.text
        ? [`Requirement reworded: ${quoted(b.text)} (was ${quoted(a.text)})`]
        : []),
      ...(a.addressed !== b.addressed ? [`Now ${addressed(b)}: ${quoted(b.text)}`] : []),
    ]),
    ...removed.map((r) => `Requirement removed: ${quoted(r.text)}`),
  ];
}

const partyChanges = (was: readonly InterestedParty[], now: readonly InterestedParty[]) =>
  entryChanges(was, now, {
    subject: 'party',
    title: (p) => p.name,
    added: (p) => requirementLines([], p.requirements),
    changed: (a, b) => [
      ...(a.name !== b.name ? [`Renamed from ${quoted(a.name)}`] : []),
      ...(a.kind !== b.kind ? [`Now an ${b.kind} party`] : []),
      ...requirementLines(a.requirements, b.requirements),
      ...(a.note !== b.note ? ['How the AIMS addresses them was described anew'] : []),
    ],
  });

/** The changes from `before` (undefined: nothing recorded then) to `after`. */
export function scopeContextChanges(
  before: ScopeContext | undefined,
  after: ScopeContext,
): ScopeContextChanges {
  return {
    issues: [
      ...scopeChange(before?.scope, after.scope),
      ...issueChanges(before?.issues ?? [], after.issues),
      ...climateChanges(before?.climateChange, after.climateChange),
      ...roleChanges(before?.aiRoles, after.aiRoles),
    ],
    parties: partyChanges(before?.parties ?? [], after.parties),
  };
}
