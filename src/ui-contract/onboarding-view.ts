/**
 * What the admin page's guided onboarding reads and sends (src/resolvers/admin-onboarding.ts):
 * each step's state read back from Jira, Confluence and app storage, and the choices it offers.
 */
import { z } from 'zod';
import { boardStateSchema } from './board-setup-view';

const projectChoiceSchema = z.object({
  key: z.string(),
  name: z.string(),
  companyManaged: z.boolean(),
});
export type ProjectChoiceView = z.infer<typeof projectChoiceSchema>;

export const ONBOARDING_PAGE_KINDS = ['scope', 'policy', 'soa', 'review'] as const;
const pageKindSchema = z.enum(ONBOARDING_PAGE_KINDS);

export const onboardingStatusSchema = z.object({
  project: z.object({
    key: z.string(),
    /** The project as the admin sees it in Jira (null: it does not exist or is hidden). */
    found: projectChoiceSchema.nullable(),
  }),
  provisioned: z.boolean(),
  /** Whether an administrator saved a risk matrix (absent: the default one is in force). */
  riskMatrixSaved: z.boolean(),
  roles: z.array(
    z.object({
      configKey: z.string(),
      group: z.string(),
      /** Whether Jira knows a group of that exact name. */
      exists: z.boolean(),
    }),
  ),
  pages: z.object({
    spaceId: z.string().nullable(),
    present: z.array(pageKindSchema),
  }),
  /** Epics and starter tasks of the roadmap still to create (null before provisioning). */
  roadmapMissing: z.number().int().nullable(),
  /**
   * AIMS issue types whose Jira name is not the configured one yet (provisioning renames them in
   * place, ADR 0013); the provisioning step is to do while there are any.
   */
  issueTypesToRename: z.array(z.object({ from: z.string(), to: z.string() })),
  /** The AIMS board read back: the board and what is not right about it (null before provisioning). */
  board: boardStateSchema.nullable(),
});
export type OnboardingStatus = z.infer<typeof onboardingStatusSchema>;
export type IssueTypeRename = OnboardingStatus['issueTypesToRename'][number];

export const projectListSchema = z.object({
  projects: z.array(projectChoiceSchema),
  total: z.number().int(),
});

export const groupListSchema = z.object({ names: z.array(z.string()), total: z.number().int() });

export const spaceListSchema = z.object({
  spaces: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() })),
  more: z.boolean(),
});

export const aimsPagesOutcomeSchema = z.object({
  spaceId: z.string(),
  pages: z.array(
    z.object({ kind: pageKindSchema, pageId: z.string(), title: z.string(), created: z.boolean() }),
  ),
});
