import { route } from '@forge/api';
import type { AimsIssue } from './aims-issue';
import { readAimsIssue, searchFieldsFor } from './aims-issue';
import { searchedIssueSchema } from './issue-search';
import type { ProductClient } from './product-client';
import type { ProvisioningState } from '../storage/provisioning-state';

/** Fields a transition screen may change that must not replace what the issue holds (other shapes). */
const NOT_MERGED = new Set(['issuelinks', 'comment']);

/**
 * Reads one issue with only the system fields the app understands plus the given logical custom
 * fields. `overrides` (a validator's `modifiedFields`, in GET-issue format) are laid over the
 * stored values, so a transition screen's edits count.
 */
export async function loadAimsIssue(
  client: ProductClient,
  state: ProvisioningState,
  issueKey: string,
  fieldKeys: readonly string[],
  overrides: Record<string, unknown> = {},
): Promise<AimsIssue> {
  const fields = searchFieldsFor(state, fieldKeys).join(',');
  const raw = await client.get(
    route`/rest/api/3/issue/${issueKey}?fields=${fields}`,
    searchedIssueSchema,
  );
  const merged = { ...raw.fields };
  for (const [id, value] of Object.entries(overrides)) if (!NOT_MERGED.has(id)) merged[id] = value;
  return readAimsIssue({ ...raw, fields: merged }, state);
}
