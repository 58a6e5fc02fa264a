import { z } from 'zod';
import { Refusal } from '../domain/refusal';
import type { AimsFieldValue } from '../jira/aims-issue';
import type { AimsIssueTypeKey } from '../jira/aims-schema';
import { AIMS_FIELDS } from '../jira/aims-schema';
import { parseChangeReference } from '../domain/records/change-reference';

/** The payload of `updateFields`: logical field keys → new value (null or "" clears the field). */
export const updateFieldsPayloadSchema = z.object({
  values: z
    .record(
      z.string().min(1),
      z.string().max(20_000, 'A value can be at most 20,000 characters').nullable(),
    )
    .refine((v) => Object.keys(v).length > 0, 'Give at least one field to record')
    .refine((v) => Object.keys(v).length <= 20, 'At most 20 fields at a time'),
});
export type UpdateFieldsPayload = z.infer<typeof updateFieldsPayloadSchema>;

/** Kinds of field the panel's form can record. */
const EDITABLE_KINDS = new Set(['select', 'textarea', 'textfield', 'url', 'userpicker']);

/**
 * Checks each value against the field's definition for this issue type: a known AIMS field of the
 * type, an option of a select list, a web address for a URL field, and for a person field only the
 * viewer themself (the panel records "me"); a URL field that takes an issue key records the link
 * to the issue on `siteUrl`. Returns the values ready for toJiraFields, or throws a Refusal
 * listing every problem (then nothing is written).
 */
export function checkFieldUpdate(
  typeKey: AimsIssueTypeKey | undefined,
  values: UpdateFieldsPayload['values'],
  viewerAccountId: string | undefined,
  siteUrl?: string,
): Record<string, AimsFieldValue> {
  const problems: string[] = [];
  const out: Record<string, AimsFieldValue> = {};
  for (const [key, raw] of Object.entries(values)) {
    const def = AIMS_FIELDS.find((f) => f.key === key);
    if (!def || !typeKey || !def.issueTypes.includes(typeKey) || !EDITABLE_KINDS.has(def.kind)) {
      problems.push(`${key}: this field cannot be recorded on this issue from the panel`);
      continue;
    }
    const value =
      raw === null || raw.trim() === ''
        ? null
        : def.kind === 'textarea'
          ? raw.replace(/\r\n/g, '\n')
          : raw.trim();
    if (value === null) {
      out[key] = null;
      continue;
    }
    if (def.kind === 'select' && !(def.options ?? []).includes(value)) {
      problems.push(
        `${def.name}: "${value}" is not one of the options (${(def.options ?? []).join(', ')})`,
      );
    } else if (def.kind === 'url' && def.acceptsIssueKey) {
      const reference = parseChangeReference(value, siteUrl);
      if (reference.ok) out[key] = reference.url;
      else problems.push(`${def.name}: ${reference.message}`);
      continue;
    } else if (def.kind === 'url' && !/^https?:\/\/\S+$/i.test(value)) {
      problems.push(`${def.name}: give a web address starting with https://`);
    } else if (def.kind === 'textfield' && value.length > 255) {
      problems.push(`${def.name}: at most 255 characters`);
    } else if (def.kind === 'userpicker') {
      if (!viewerAccountId || value !== viewerAccountId)
        problems.push(`${def.name}: from the panel you can only record yourself`);
      else out[key] = { accountId: value };
      continue;
    }
    out[key] = value;
  }
  if (problems.length > 0)
    throw new Refusal('Nothing was recorded: some values are not valid.', problems);
  return out;
}
