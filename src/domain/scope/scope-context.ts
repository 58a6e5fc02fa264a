/**
 * The content of the AIMS scope and context (ISO/IEC 42001 4.1–4.3), as the owner records it in
 * the "AIMS scope and context" macro: the scope statement with its boundaries, organizational
 * units, locations and justified exclusions (4.3); the internal and external issues, whether
 * climate change is relevant (the 2024 amendment to the ISO management system standards) and the
 * organization's AI roles (4.1); the interested parties, their relevant requirements and which of
 * them the AIMS addresses (4.2). The AI systems in scope are not stored: the macro lists them live
 * from Jira. Every entry has a stable id, so two versions of the record can be compared.
 */
import { z } from 'zod';
import { AI_ROLES } from '../records/ai-system';
import { listOf, optionalText, requiredText } from '../records/record-fields';

/** Stable id of an entry (an issue, a party, a requirement, an exclusion). */
export const entryId = (label: string) =>
  z
    .string({ error: `${label} needs its id` })
    .regex(/^[A-Za-z0-9-]{1,40}$/, { error: `${label} id must be 1–40 letters, digits or dashes` });

/** Every list keeps at most this many entries (the record lives in one 32 KB content property). */
export const MAX_CONTEXT_ENTRIES = 30;

const limitedList = <T extends z.ZodType>(label: string, item: T) =>
  listOf(label, item).refine((items) => items.length <= MAX_CONTEXT_ENTRIES, {
    error: `${label}: at most ${MAX_CONTEXT_ENTRIES} entries`,
  });

/** A list that needs at least one entry; `missing` says what to add. */
const neededList = <T extends z.ZodType>(label: string, item: T, missing: string) =>
  limitedList(label, item).refine((items) => items.length > 0, { error: missing });

export const exclusionSchema = z
  .object(
    {
      id: entryId('An exclusion'),
      what: requiredText('Excluded activity or AI system', 200),
      justification: optionalText('Justification', 1000),
    },
    { error: 'Each exclusion needs what is excluded and why' },
  )
  .superRefine((exclusion, ctx) => {
    if (exclusion.justification === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['justification'],
        message: `The exclusion of "${exclusion.what}" needs a justification: say why it is outside the scope of the AIMS`,
      });
    }
  });
export type ScopeExclusion = z.infer<typeof exclusionSchema>;

/** 4.3: the scope statement. */
export const scopeStatementSchema = z.object(
  {
    statement: requiredText('Scope statement', 2000),
    boundaries: requiredText('Boundaries', 2000),
    organizationalUnits: neededList(
      'Organizational units',
      requiredText('Organizational unit', 120),
      'Name at least one organizational unit in the scope',
    ),
    locations: neededList(
      'Locations',
      requiredText('Location', 120),
      'Name at least one location in the scope',
    ),
    exclusions: limitedList('Exclusions', exclusionSchema),
  },
  { error: 'The scope statement is missing' },
);
export type ScopeStatement = z.infer<typeof scopeStatementSchema>;

export const CONTEXT_ISSUE_KINDS = ['internal', 'external'] as const;
export type ContextIssueKind = (typeof CONTEXT_ISSUE_KINDS)[number];
export const CONTEXT_ISSUE_KIND_NAMES: Record<ContextIssueKind, string> = {
  internal: 'Internal issue',
  external: 'External issue',
};

/** 4.1: an internal or external issue relevant to the purpose of the AIMS. */
export const contextIssueSchema = z.object(
  {
    id: entryId('An issue'),
    kind: z.enum(CONTEXT_ISSUE_KINDS, { error: 'Say whether each issue is internal or external' }),
    title: requiredText('Issue', 160),
    description: optionalText('How the issue affects the AIMS', 1000),
  },
  { error: 'Each issue needs a title and whether it is internal or external' },
);
export type ContextIssue = z.infer<typeof contextIssueSchema>;

/** 4.1 (2024 amendment): whether climate change is a relevant issue — a decision, with a note. */
export const climateChangeSchema = z.object(
  {
    relevant: z.boolean({
      error: 'Decide whether climate change is a relevant issue for the AIMS (yes or no)',
    }),
    note: requiredText('The note on climate change', 1000),
  },
  { error: 'Decide whether climate change is a relevant issue for the AIMS (yes or no)' },
);
export type ClimateChangeDecision = z.infer<typeof climateChangeSchema>;

/** 4.1: the organization's roles with respect to AI systems. */
export const aiRolesSchema = z.object(
  {
    roles: listOf(
      'AI roles',
      z.enum(AI_ROLES, { error: `An AI role must be one of: ${AI_ROLES.join(', ')}` }),
    ).refine((roles) => roles.length > 0, {
      error: "Choose at least one of the organization's AI roles (provider, customer, …)",
    }),
    note: optionalText('The note on AI roles', 1000),
  },
  { error: "Choose at least one of the organization's AI roles (provider, customer, …)" },
);
export type AiRolesDecision = z.infer<typeof aiRolesSchema>;

/** 4.2 b) a relevant requirement of a party; c) whether the AIMS addresses it. */
export const partyRequirementSchema = z.object(
  {
    id: entryId('A requirement'),
    text: requiredText('Requirement', 300),
    addressed: z.boolean({ error: 'Say whether the AIMS addresses each requirement (yes or no)' }),
  },
  { error: 'Each requirement needs its text and whether the AIMS addresses it' },
);
export type PartyRequirement = z.infer<typeof partyRequirementSchema>;

/** 4.2 a) an interested party relevant to the AIMS. */
export const interestedPartySchema = z
  .object(
    {
      id: entryId('An interested party'),
      name: requiredText('Interested party', 160),
      kind: z.enum(CONTEXT_ISSUE_KINDS, {
        error: 'Say whether each interested party is internal or external',
      }),
      requirements: limitedList('Requirements', partyRequirementSchema),
      note: optionalText('How the AIMS addresses them', 1000),
    },
    { error: 'Each interested party needs a name and its requirements' },
  )
  .superRefine((party, ctx) => {
    if (party.requirements.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['requirements'],
        message: `Name at least one relevant requirement of "${party.name}"`,
      });
    }
  });
export type InterestedParty = z.infer<typeof interestedPartySchema>;

export const scopeContextSchema = z
  .object(
    {
      scope: scopeStatementSchema,
      issues: neededList(
        'Internal and external issues',
        contextIssueSchema,
        'Record at least one internal or external issue (4.1)',
      ),
      climateChange: climateChangeSchema,
      aiRoles: aiRolesSchema,
      parties: neededList(
        'Interested parties',
        interestedPartySchema,
        'Record at least one interested party and its requirements (4.2)',
      ),
    },
    { error: 'The scope and context must be an object' },
  )
  .superRefine((content, ctx) => {
    const lists: [string, readonly { id: string }[]][] = [
      ['issues', content.issues],
      ['parties', content.parties],
      ['exclusions', content.scope.exclusions],
      ['requirements', content.parties.flatMap((p) => p.requirements)],
    ];
    for (const [name, items] of lists) {
      const seen = new Set<string>();
      for (const item of items) {
        if (seen.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: `Two ${name} have the same id "${item.id}"`,
          });
        }
        seen.add(item.id);
      }
    }
  });
export type ScopeContext = z.infer<typeof scopeContextSchema>;
