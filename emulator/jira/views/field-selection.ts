import type { FieldInfo } from '../models/field-catalog';

/** The `fields` parameter of GET /issue and searches, parsed. */
export interface FieldSelection {
  base: 'all' | 'navigable' | 'none';
  include: Set<string>;
  exclude: Set<string>;
}

/**
 * Parses `fields` (comma-separated, possibly repeated). `defaultBase` applies when nothing is
 * given: `all` for GET issue, `none` (ids only) for /search/jql. Exclusions alone start from
 * the navigable fields (or all, for GET issue).
 */
export function parseFieldSelection(
  raw: string[] | undefined,
  defaultBase: 'all' | 'none',
): FieldSelection {
  const tokens = (raw ?? [])
    .flatMap((r) => r.split(','))
    .map((t) => t.trim())
    .filter(Boolean);
  const sel: FieldSelection = { base: defaultBase, include: new Set(), exclude: new Set() };
  if (tokens.length === 0) return sel;
  let explicitBase: FieldSelection['base'] | undefined;
  for (const t of tokens) {
    if (t === '*all') explicitBase = 'all';
    else if (t === '*navigable') explicitBase = explicitBase === 'all' ? 'all' : 'navigable';
    else if (t.startsWith('-')) sel.exclude.add(t.slice(1));
    else if (t !== 'id' && t !== 'key') sel.include.add(t);
  }
  if (explicitBase) sel.base = explicitBase;
  else if (sel.include.size > 0 || tokens.includes('id') || tokens.includes('key'))
    sel.base = 'none';
  else sel.base = defaultBase === 'all' ? 'all' : 'navigable';
  return sel;
}

export function selects(sel: FieldSelection, info: FieldInfo): boolean {
  if (sel.exclude.has(info.id)) return false;
  if (sel.include.has(info.id)) return true;
  if (sel.base === 'all') return true;
  if (sel.base === 'navigable') return info.navigable;
  return false;
}

/** Parses a comma-separated `expand` value (string or repeated) into a set. */
export function parseExpand(raw: string | string[] | undefined): Set<string> {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return new Set(
    list
      .flatMap((r) => r.split(','))
      .map((t) => t.trim())
      .filter(Boolean),
  );
}
