import { z } from 'zod';

/** A Jira issue key as people type it ("AIMS-12", "aims-12"). */
const ISSUE_KEY = /^[A-Za-z][A-Za-z0-9_]*-[1-9][0-9]*$/;

export const CHANGE_REFERENCE_HINT =
  'Give the key of the issue that makes the change (e.g. AIMS-12) or a link to its page (https://…).';

/**
 * A reference to where a change is made (10.2 e "AIMS change reference"): an issue key, written
 * as a link to the issue on `siteUrl`, or a web link (a Confluence page, a Jira issue). Anything
 * else is refused with a message saying what to give.
 */
export function changeReferenceSchema(siteUrl: string | undefined) {
  return z
    .string()
    .trim()
    .min(1, CHANGE_REFERENCE_HINT)
    .transform((value, ctx) => {
      if (ISSUE_KEY.test(value)) {
        const key = value.toUpperCase();
        if (siteUrl) return `${siteUrl.replace(/\/+$/, '')}/browse/${key}`;
        ctx.addIssue({
          code: 'custom',
          message: `${key}: the site's address is not known; give a link (https://…).`,
        });
        return z.NEVER;
      }
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: `"${value}" is neither an issue key nor a link. ${CHANGE_REFERENCE_HINT}`,
        });
        return z.NEVER;
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        ctx.addIssue({
          code: 'custom',
          message: `"${value}" is not a web link. ${CHANGE_REFERENCE_HINT}`,
        });
        return z.NEVER;
      }
      return url.href;
    });
}

/** The reference as stored, or the message to show (the first problem). */
export function parseChangeReference(
  value: string,
  siteUrl: string | undefined,
): { ok: true; url: string } | { ok: false; message: string } {
  const parsed = changeReferenceSchema(siteUrl).safeParse(value);
  return parsed.success
    ? { ok: true, url: parsed.data }
    : { ok: false, message: parsed.error.issues[0]?.message ?? CHANGE_REFERENCE_HINT };
}
