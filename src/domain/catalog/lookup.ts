/**
 * Lookups over the ISO/IEC 42001 catalog (clauses, Annex A, Annex C).
 *
 * ID policy — stored and exchanged IDs are always namespaced (`ISO42001:A.6.2.4`,
 * `ISO42001:10.2`, `ISO42001:C.risk-source.level-of-automation`), because ISO/IEC 27001
 * also has an Annex A whose numbers overlap ours. So `parseIso42001Id` and every `get…`
 * function accept the namespaced form only, and refuse a bare `A.6.2.4` with a hint.
 *
 * `normalizeIso42001Id` is the one tolerant door, meant for text a person typed inside
 * this app (a form, an import): it trims, ignores the namespace's letter case, and
 * accepts a bare clause or Annex A number (`A.6.2.4`, `10.2`) or a bare Annex C id
 * (`C.objective.fairness`), then returns the namespaced ID. Inside a 42001 app the bare
 * number can only mean the 42001 entry; anything that is not in the catalog is refused.
 */
import { ANNEX_A_CONTROLS, ANNEX_A_OBJECTIVES, ISO42001_NAMESPACE } from './annex-a';
import type { AnnexAControl, AnnexAObjective } from './annex-a';
import { ANNEX_C_OBJECTIVES, ANNEX_C_RISK_SOURCES } from './annex-c';
import type { AnnexCItem } from './annex-c';
import { CLAUSES } from './clauses';
import type { Clause } from './clauses';
import { UnknownCatalogIdError } from './unknown-catalog-id-error';
import type { CatalogKind } from './unknown-catalog-id-error';

/** One entry of the catalog, tagged with its kind. */
export type CatalogEntry =
  | ({ readonly kind: 'clause' } & Clause)
  | ({ readonly kind: 'annex-a-objective' } & AnnexAObjective)
  | ({ readonly kind: 'annex-a-control' } & AnnexAControl)
  | ({ readonly kind: 'annex-c-objective' } & AnnexCItem)
  | ({ readonly kind: 'annex-c-risk-source' } & AnnexCItem);

const PREFIX = `${ISO42001_NAMESPACE}:`;

const ENTRIES: ReadonlyMap<string, CatalogEntry> = new Map<string, CatalogEntry>([
  ...CLAUSES.map((c) => [c.id, { kind: 'clause' as const, ...c }] as const),
  ...ANNEX_A_OBJECTIVES.map((o) => [o.id, { kind: 'annex-a-objective' as const, ...o }] as const),
  ...ANNEX_A_CONTROLS.map((c) => [c.id, { kind: 'annex-a-control' as const, ...c }] as const),
  ...ANNEX_C_OBJECTIVES.map((i) => [i.id, { kind: 'annex-c-objective' as const, ...i }] as const),
  ...ANNEX_C_RISK_SOURCES.map(
    (i) => [i.id, { kind: 'annex-c-risk-source' as const, ...i }] as const,
  ),
]);

const bareHint = (id: string): string | undefined => {
  if (!id.includes(':') && ENTRIES.has(`${PREFIX}${id}`)) {
    return `Use the namespaced form "${PREFIX}${id}".`;
  }
  return undefined;
};

/** The catalog entry with this exact namespaced ID, or undefined. Never throws. */
export const findCatalogEntry = (id: string): CatalogEntry | undefined => ENTRIES.get(id);

/** True when `id` is a namespaced catalog ID (of the given kind, when one is given). */
export const isCatalogId = (id: string, kind?: CatalogKind): boolean => {
  const entry = ENTRIES.get(id);
  return entry !== undefined && (kind === undefined || entry.kind === kind);
};

/**
 * Parses a namespaced ISO/IEC 42001 ID and returns its catalog entry.
 * @throws UnknownCatalogIdError naming the ID when it is not in the catalog (or is bare).
 */
export const parseIso42001Id = (id: string): CatalogEntry => {
  const entry = ENTRIES.get(id);
  if (!entry) throw new UnknownCatalogIdError(id, undefined, bareHint(id));
  return entry;
};

/**
 * Turns typed text into a namespaced ID: trims, accepts `iso42001:` in any letter case,
 * and accepts a bare clause / Annex A / Annex C reference (see the module comment).
 * @throws UnknownCatalogIdError naming the text when it matches no catalog entry.
 */
export const normalizeIso42001Id = (input: string): string => {
  const text = input.trim();
  const colon = text.indexOf(':');
  let candidate: string;
  if (colon === -1) {
    candidate = `${PREFIX}${text}`;
  } else if (text.slice(0, colon).toUpperCase() === ISO42001_NAMESPACE) {
    candidate = `${PREFIX}${text.slice(colon + 1).trim()}`;
  } else {
    throw new UnknownCatalogIdError(
      input,
      undefined,
      `Only ${ISO42001_NAMESPACE} IDs are known to this app.`,
    );
  }
  if (!ENTRIES.has(candidate)) throw new UnknownCatalogIdError(input);
  return candidate;
};

const getOfKind = <K extends CatalogKind>(
  id: string,
  kind: K,
): Extract<CatalogEntry, { kind: K }> => {
  const entry = ENTRIES.get(id);
  if (!entry || entry.kind !== kind) throw new UnknownCatalogIdError(id, kind, bareHint(id));
  return entry as Extract<CatalogEntry, { kind: K }>;
};

const stripKind = <T extends { kind: string }>({ kind: _kind, ...rest }: T): Omit<T, 'kind'> =>
  rest;

/** The Annex A control, e.g. `getControl('ISO42001:A.6.2.4')`. @throws UnknownCatalogIdError */
export const getControl = (id: string): AnnexAControl =>
  stripKind(getOfKind(id, 'annex-a-control'));

/** The Annex A control objective, e.g. `getObjective('ISO42001:A.6')`. @throws UnknownCatalogIdError */
export const getObjective = (id: string): AnnexAObjective =>
  stripKind(getOfKind(id, 'annex-a-objective'));

/** The clause, e.g. `getClause('ISO42001:10.2')`. @throws UnknownCatalogIdError */
export const getClause = (id: string): Clause => stripKind(getOfKind(id, 'clause'));

/**
 * The Annex C objective or risk source, e.g. `getAnnexCItem('ISO42001:C.objective.fairness')`.
 * @throws UnknownCatalogIdError
 */
export const getAnnexCItem = (id: string): AnnexCItem & { readonly kind: AnnexCKind } => {
  const entry = ENTRIES.get(id);
  if (entry?.kind === 'annex-c-objective' || entry?.kind === 'annex-c-risk-source') {
    return entry;
  }
  throw new UnknownCatalogIdError(id, undefined, 'Expected an Annex C objective or risk source.');
};

/** The two kinds of Annex C item. */
export type AnnexCKind = 'annex-c-objective' | 'annex-c-risk-source';

/** The controls of one Annex A objective, in catalog order. @throws UnknownCatalogIdError */
export const controlsOfObjective = (objectiveId: string): readonly AnnexAControl[] => {
  getObjective(objectiveId);
  return ANNEX_A_CONTROLS.filter((c) => c.objectiveId === objectiveId);
};
