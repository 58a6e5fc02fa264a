/**
 * The Confluence pages the onboarding made or found for a project's AIMS (scope, AI policy, SoA,
 * management review): their space and page ids, so a re-run finds them without searching.
 */
import { z } from 'zod';
import { onboardingPagesKey } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

const pageId = z.string().regex(/^\d{1,20}$/);

export const onboardingPagesSchema = z.object({
  spaceId: pageId,
  pages: z.object({
    scope: pageId.optional(),
    policy: pageId.optional(),
    soa: pageId.optional(),
    review: pageId.optional(),
  }),
  updatedAt: z.string(),
});
export type OnboardingPages = z.infer<typeof onboardingPagesSchema>;

export async function readOnboardingPages(
  projectKey: string,
): Promise<OnboardingPages | undefined> {
  return readStored(onboardingPagesKey(projectKey), onboardingPagesSchema);
}

export async function writeOnboardingPages(
  projectKey: string,
  value: OnboardingPages,
): Promise<OnboardingPages> {
  return writeStored(onboardingPagesKey(projectKey), onboardingPagesSchema, value);
}
