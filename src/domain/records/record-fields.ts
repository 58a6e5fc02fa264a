/**
 * Field builders shared by the AIMS record schemas. Each takes the field's label as a
 * person sees it in Jira ("Owner", "Due date") so every refusal reads in plain words.
 */
import { z } from 'zod';
import { isCatalogId } from '../catalog/lookup';

/** `ORG:<key>` — a control the organization added beside Annex A. */
export const ORG_CONTROL_ID_PATTERN = /^ORG:[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Jira issue key, e.g. `AIMS-12`. */
export const ISSUE_KEY_PATTERN = /^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]*$/;
/** Atlassian account ID: no spaces, at most 128 characters (e.g. `712020:0a1b…`). */
export const ACCOUNT_ID_PATTERN = /^[A-Za-z0-9:_-]{1,128}$/;
/** Slug used for configurable values such as risk band IDs. */
export const SLUG_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;

const requiredOr = (label: string, wrongType: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? `${label} is required` : wrongType;

/** Text that must not be empty once trimmed. */
export const requiredText = (label: string, max = 32_000) =>
  z
    .string({ error: requiredOr(label, `${label} must be text`) })
    .trim()
    .min(1, { error: `${label} must not be empty` })
    .max(max, { error: `${label} must be at most ${max} characters` });

/** Optional text; blank text counts as not given. */
export const optionalText = (label: string, max = 32_000) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    requiredText(label, max).optional(),
  );

/** An Atlassian account ID. */
export const accountId = (label: string) =>
  z
    .string({ error: requiredOr(label, `${label} must be an Atlassian account ID`) })
    .regex(ACCOUNT_ID_PATTERN, { error: `${label} must be an Atlassian account ID` });

/** A Jira issue key such as `AIMS-12`. */
export const issueKey = (label: string) =>
  z
    .string({ error: requiredOr(label, `${label} must be a Jira issue key like AIMS-12`) })
    .regex(ISSUE_KEY_PATTERN, { error: `${label} must be a Jira issue key like AIMS-12` });

/** A calendar date `YYYY-MM-DD`. */
export const isoDate = (label: string) =>
  z.iso.date({ error: requiredOr(label, `${label} must be a date like 2025-01-31`) });

/** A date and time with an offset or Z, e.g. `2025-01-31T09:30:00Z`. */
export const isoDateTime = (label: string) =>
  z.iso.datetime({
    offset: true,
    error: requiredOr(label, `${label} must be a date and time like 2025-01-31T09:30:00Z`),
  });

/** An http(s) web address. */
export const webLink = (label: string) =>
  z.url({
    protocol: /^https?$/,
    error: requiredOr(label, `${label} must be a web address starting with http:// or https://`),
  });

/** One of a fixed list of values; the message lists them. */
export const choice = <const T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, {
    error: requiredOr(label, `${label} must be one of: ${values.join(', ')}`),
  });

/** A whole number within bounds. */
export const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: requiredOr(label, `${label} must be a number`) })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be between ${min} and ${max}` })
    .max(max, { error: `${label} must be between ${min} and ${max}` });

/** A list; a missing list counts as empty. */
export const listOf = <T extends z.ZodType>(label: string, item: T) =>
  z.array(item, { error: `${label} must be a list` }).default([]);

/** An ISO/IEC 42001 catalog ID of one kind, checked against the catalog. */
export const catalogId = (
  label: string,
  kind: Parameters<typeof isCatalogId>[1],
  what: string,
  example: string,
) =>
  z
    .string({ error: requiredOr(label, `${label} must be ${what} ID like ${example}`) })
    .refine((id) => isCatalogId(id, kind), {
      error: (issue) => `${label} "${String(issue.input)}" is not ${what} (for example ${example})`,
    });

/** An Annex A control (`ISO42001:A.6.2.4`) or an organization control (`ORG:xxx`). */
export const controlRef = (label: string) =>
  z
    .string({
      error: requiredOr(label, `${label} must be a control ID like ISO42001:A.6.2.4 or ORG:key`),
    })
    .refine((id) => isCatalogId(id, 'annex-a-control') || ORG_CONTROL_ID_PATTERN.test(id), {
      error: (issue) =>
        `${label} "${String(issue.input)}" is neither an Annex A control (like ISO42001:A.6.2.4) nor an organization control (like ORG:access-review)`,
    });

/** True for an organization control ID (`ORG:xxx`). */
export const isOrgControlId = (id: string): boolean => ORG_CONTROL_ID_PATTERN.test(id);

/** A link to evidence, optionally with a label and a date. */
export const evidenceLinkSchema = z.object(
  {
    url: webLink('Evidence link'),
    label: optionalText('Evidence label', 255),
    /** When the evidence took effect. */
    date: isoDate('Evidence date').optional(),
    /** When it must be reviewed again, or expires (7.5). */
    reviewDate: isoDate('Evidence review date').optional(),
  },
  { error: 'Each evidence item must have a web address' },
);
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

/** The optional Jira issue key of a record (absent before the issue is created). */
export const recordKey = () => issueKey('Issue key').optional();
