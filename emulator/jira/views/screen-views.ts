import type { FieldCatalog } from '../models/field-catalog';
import type {
  IssueTypeScreenSchemeDoc,
  IssueTypeScreenSchemeMappingDoc,
  ScreenSchemeDoc,
} from '../models/screen-schemes';
import type { ScreenDoc, ScreenTabDoc } from '../models/screens';

/** Screen: numeric id, name, description (company-managed screens carry no scope). */
export function screenView(s: ScreenDoc): Record<string, unknown> {
  return { id: Number(s.id), name: s.name, description: s.description };
}

/** ScreenableTab. */
export function screenTabView(t: ScreenTabDoc): Record<string, unknown> {
  return { id: Number(t.id), name: t.name };
}

/** ScreenableField: the field's id and name (fields deleted since are left out by the caller). */
export function screenableFieldView(
  catalog: FieldCatalog,
  fieldId: string,
): Record<string, unknown> {
  return { id: fieldId, name: catalog.byId(fieldId)?.name ?? fieldId };
}

/** ScreenScheme: screen ids by screen type, as numbers. */
export function screenSchemeView(s: ScreenSchemeDoc): Record<string, unknown> {
  const screens: Record<string, number> = {};
  for (const [type, id] of Object.entries(s.screens)) if (id) screens[type] = Number(id);
  return { id: Number(s.id), name: s.name, description: s.description, screens };
}

/** IssueTypeScreenScheme (string id). */
export function issueTypeScreenSchemeView(s: IssueTypeScreenSchemeDoc): Record<string, unknown> {
  return { id: s.id, name: s.name, description: s.description };
}

/** IssueTypeScreenSchemeItem. */
export function issueTypeScreenSchemeItemView(
  scheme: IssueTypeScreenSchemeDoc,
  row: IssueTypeScreenSchemeMappingDoc,
): Record<string, unknown> {
  return {
    issueTypeId: row.issueTypeId,
    issueTypeScreenSchemeId: scheme.id,
    screenSchemeId: row.screenSchemeId,
  };
}
