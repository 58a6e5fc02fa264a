import Resolver from '@forge/resolver';
import { z } from 'zod';
import { REVIEW_DECISION_KINDS } from '../domain/records/management-review';
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { Refusal } from '../domain/refusal';
import { loadAppConfig } from '../storage/app-config';
import {
  addDecision,
  recordAsHeld,
  saveAttendees,
  saveEnteredInputs,
} from '../macros/review/review-changes';
import { checkReviewConfigForSave } from '../macros/review/review-config-check';
import { decisionIdSchema } from '../macros/review/review-draft';
import { reviewConfig } from '../macros/review/review-macro-config';
import { listPeople } from '../jira/people';
import { parseMacroContext } from '../macros/macro-context';
import type { ReviewRequest } from '../macros/review/review-setup';
import { loadReviewView } from '../macros/review/review-view';
import type { ResolverContext } from './resolver-outcome';
import { defineValidated } from './resolver-outcome';
import { defineMacroWrite, macroWriteFunctions } from './macro-write';

const resolver = new Resolver();

const MACRO = 'Management Review';

/** The review page and the macro's saved configuration, from the Forge extension context. */
function requestOf(context: ResolverContext): ReviewRequest {
  const macro = parseMacroContext(context, MACRO);
  return {
    pageId: macro.pageId,
    rawConfig: macro.rawConfig,
    jira: jiraAsUser(),
    confluence: confluenceAsUser(),
    now: new Date(),
    siteUrl: macro.siteUrl,
  };
}

const ACCOUNT_ID = z.string().regex(/^[A-Za-z0-9:_-]{1,128}$/, 'Not an Atlassian account ID');

/** The review as the viewer may see it: live inputs (draft) or the frozen record (held). */
defineValidated(resolver, 'getView', z.object({}), async (_payload, context) =>
  loadReviewView(requestOf(context)),
);

/** Choices and defaults for the configuration form and the attendee / owner pickers. */
defineValidated(resolver, 'getPeople', z.object({}), async (_payload, context) => {
  requestOf(context);
  const [people, appConfig] = await Promise.all([listPeople(jiraAsUser()), loadAppConfig()]);
  return { people, defaults: { projectKey: appConfig.projectKey } };
});

/**
 * Checks a configuration before the config frame submits it: a bad one is refused with the
 * reasons (and the frame does not submit, so nothing is saved).
 */
defineValidated(
  resolver,
  'checkConfig',
  z.object({ config: z.unknown() }),
  async ({ config }, context) => {
    const request = requestOf(context);
    const check = await checkReviewConfigForSave(config, request.confluence, request.pageId);
    if (!check.ok) throw new Refusal(reviewConfig.notConfigured(check.problems), check.problems);
    return { config: check.config };
  },
);

defineMacroWrite(
  resolver,
  'saveInputs',
  MACRO,
  'review.inputs',
  z.object({
    externalInternalIssues: z.string().max(20_000, 'At most 20,000 characters'),
    interestedParties: z.string().max(20_000, 'At most 20,000 characters'),
  }),
  async (texts, context) => {
    await saveEnteredInputs(requestOf(context), texts);
    return { saved: true };
  },
);

defineMacroWrite(
  resolver,
  'saveAttendees',
  MACRO,
  'review.attendees',
  z.object({ attendeeAccountIds: z.array(ACCOUNT_ID).max(100) }),
  async ({ attendeeAccountIds }, context) => {
    await saveAttendees(requestOf(context), attendeeAccountIds);
    return { saved: true };
  },
);

defineMacroWrite(
  resolver,
  'addDecision',
  MACRO,
  'review.decision',
  z.object({
    id: decisionIdSchema,
    kind: z.enum(REVIEW_DECISION_KINDS, { error: 'Choose the kind of decision' }),
    description: z
      .string({ error: 'Describe the decision' })
      .trim()
      .min(1, 'Describe the decision')
      .max(2000, 'At most 2,000 characters'),
    ownerAccountId: ACCOUNT_ID.optional(),
    dueDate: z.iso.date({ error: 'The due date must be a date like 2026-12-31' }).optional(),
  }),
  async (input, context) => addDecision(requestOf(context), input),
);

defineMacroWrite(
  resolver,
  'recordAsHeld',
  MACRO,
  'review.hold',
  z.object({ confirm: z.literal(true, { error: 'Confirm that the review was held' }) }),
  async (_payload, context) => recordAsHeld(requestOf(context)),
);

export const reviewMacroResolver = resolver.getDefinitions();

/** Its functions that change a record, each with the write it is checked as. */
export const MACRO_WRITE_FUNCTIONS = macroWriteFunctions(resolver);
