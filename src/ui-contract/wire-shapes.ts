/** Small shapes every view on the wire uses. */
import { z } from 'zod';

/**
 * A list as the server hands it over: read-only (the domain's lists are), and frozen once the
 * frame has checked it.
 */
export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

export const nullableText = z.string().nullable();

/** A Jira user as the viewer may see them. */
export const personSchema = z.object({ accountId: z.string(), displayName: z.string() });
export type PersonView = z.infer<typeof personSchema>;

/** A macro whose configuration is missing or bad: what to tell the reader, and why. */
export const notConfiguredSchema = z.object({
  configured: z.literal(false),
  message: z.string(),
  problems: z.array(z.string()),
});

/** A macro's view: what it shows once configured, or why it is not configured. */
export const macroViewSchema = <T extends z.ZodObject<{ configured: z.ZodLiteral<true> }>>(
  configured: T,
) => z.discriminatedUnion('configured', [configured, notConfiguredSchema]);

/** The people a form offers to choose from (as Jira shows them the viewer), and its defaults. */
export const peopleChoiceSchema = <T extends z.ZodType>(defaults: T) =>
  z.object({ people: list(personSchema), defaults });

/** A macro configuration the app checked and accepts (what the config frame submits). */
export const checkedMacroConfigSchema = z.object({ config: z.record(z.string(), z.unknown()) });

/**
 * A list cut for reading: it holds the first of `total` items (fewer than `total`), and `jql`
 * finds all of them in Jira's issue search. Null beside a list that is complete.
 */
export const moreInJiraSchema = z.object({ total: z.number().int().min(0), jql: z.string() });
export type MoreInJira = z.infer<typeof moreInJiraSchema>;
