/**
 * The scope and context as the editor holds it while the owner types: plain strings and lists,
 * climate change possibly still undecided. `payloadOf` turns it into what `saveContent` checks
 * (the server refuses what is missing, in plain words).
 */
import type { AiRole } from '../../../src/domain/records/ai-system';
import type { ContextIssueKind, ScopeContext } from '../../../src/domain/scope/scope-context';

export interface DraftExclusion {
  id: string;
  what: string;
  justification: string;
}
export interface DraftIssue {
  id: string;
  kind: ContextIssueKind;
  title: string;
  description: string;
}
export interface DraftRequirement {
  id: string;
  text: string;
  addressed: boolean;
}
export interface DraftParty {
  id: string;
  name: string;
  kind: ContextIssueKind;
  note: string;
  requirements: DraftRequirement[];
}

export interface ScopeDraft {
  statement: string;
  boundaries: string;
  /** One per line. */
  units: string;
  /** One per line. */
  locations: string;
  exclusions: DraftExclusion[];
  issues: DraftIssue[];
  climateRelevant: boolean | null;
  climateNote: string;
  roles: AiRole[];
  rolesNote: string;
  parties: DraftParty[];
}

/** A new entry's id (entries keep their id, so reviews can tell what changed). */
export const newId = (prefix: string): string =>
  `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export const newRequirement = (): DraftRequirement => ({
  id: newId('req'),
  text: '',
  addressed: true,
});

export function draftOf(content: ScopeContext | undefined): ScopeDraft {
  if (!content) {
    return {
      statement: '',
      boundaries: '',
      units: '',
      locations: '',
      exclusions: [],
      issues: [],
      climateRelevant: null,
      climateNote: '',
      roles: [],
      rolesNote: '',
      parties: [],
    };
  }
  return {
    statement: content.scope.statement,
    boundaries: content.scope.boundaries,
    units: content.scope.organizationalUnits.join('\n'),
    locations: content.scope.locations.join('\n'),
    exclusions: content.scope.exclusions.map((e) => ({
      ...e,
      justification: e.justification ?? '',
    })),
    issues: content.issues.map((i) => ({ ...i, description: i.description ?? '' })),
    climateRelevant: content.climateChange.relevant,
    climateNote: content.climateChange.note,
    roles: [...content.aiRoles.roles],
    rolesNote: content.aiRoles.note ?? '',
    parties: content.parties.map((p) => ({
      ...p,
      note: p.note ?? '',
      requirements: p.requirements.map((r) => ({ ...r })),
    })),
  };
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const optional = (text: string): string | undefined => (text.trim() ? text.trim() : undefined);

export function payloadOf(draft: ScopeDraft): Record<string, unknown> {
  return {
    scope: {
      statement: draft.statement.trim(),
      boundaries: draft.boundaries.trim(),
      organizationalUnits: lines(draft.units),
      locations: lines(draft.locations),
      exclusions: draft.exclusions.map((e) => ({
        id: e.id,
        what: e.what.trim(),
        justification: optional(e.justification),
      })),
    },
    issues: draft.issues.map((i) => ({
      id: i.id,
      kind: i.kind,
      title: i.title.trim(),
      description: optional(i.description),
    })),
    climateChange: { relevant: draft.climateRelevant, note: draft.climateNote.trim() },
    aiRoles: { roles: draft.roles, note: optional(draft.rolesNote) },
    parties: draft.parties.map((p) => ({
      id: p.id,
      name: p.name.trim(),
      kind: p.kind,
      note: optional(p.note),
      requirements: p.requirements.map((r) => ({
        id: r.id,
        text: r.text.trim(),
        addressed: r.addressed,
      })),
    })),
  };
}

/** The list with item `index` changed. */
export const changedAt = <T>(items: readonly T[], index: number, change: Partial<T>): T[] =>
  items.map((item, i) => (i === index ? { ...item, ...change } : item));

/** The list without item `index`. */
export const withoutAt = <T>(items: readonly T[], index: number): T[] =>
  items.filter((_, i) => i !== index);
