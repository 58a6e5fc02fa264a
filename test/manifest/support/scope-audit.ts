import { ScopeTable } from '../../../emulator/forge-host/scope-table';
import type { ProductCall } from './product-calls';

/** A scope need that is not a REST call (storage, product events), with its Forge docs source. */
export interface PlatformNeed {
  need: string;
  /** Alternative scope sets: every scope of one set is needed. */
  scopeSets: string[][];
  source: string;
}

/**
 * Scopes of the product events a `trigger` may subscribe to (Forge docs: events-reference). An
 * event missing here fails the scope test until its scopes are added from the docs.
 */
export const EVENT_SCOPES: Record<string, string[][]> = {
  'avi:jira:created:issue': [['read:jira-work']],
  'avi:jira:updated:issue': [['read:jira-work']],
  // Issue link events: "The required OAuth scope is read:jira-work".
  'avi:jira:created:issuelink': [['read:jira-work']],
  'avi:forge:installed:app': [],
  'avi:jira:failed:expression': [
    ['manage:jira-configuration'],
    ['read:workflow:jira', 'read:issue:jira', 'read:project:jira'],
  ],
};

/** What the app needs besides REST calls, read from its manifest and source. */
export function platformNeeds(manifest: {
  triggers: { key: string; events: string[] }[];
  hasPostFunction: boolean;
  usesKvs: boolean;
}): PlatformNeed[] {
  const needs: PlatformNeed[] = [];
  if (manifest.usesKvs) {
    needs.push({
      need: 'Forge storage (@forge/kvs)',
      scopeSets: [['storage:app']],
      source: 'storage-reference/kvs-api',
    });
  }
  for (const trigger of manifest.triggers) {
    for (const event of trigger.events) {
      const scopeSets = EVENT_SCOPES[event];
      if (!scopeSets)
        throw new Error(`Add the scopes of ${event} (Forge events reference) to EVENT_SCOPES`);
      needs.push({
        need: `trigger ${trigger.key}: ${event}`,
        scopeSets,
        source: 'events-reference',
      });
    }
  }
  if (manifest.hasPostFunction) {
    needs.push({
      need: 'jira:workflowPostFunction (run post function event)',
      scopeSets: [['read:jira-work', 'manage:jira-configuration']],
      source: 'events-reference/jira, "Run post function event"',
    });
  }
  return needs;
}

export interface CallScopes {
  call: ProductCall;
  /** Operation found in the spec (by the emulator's ScopeTable). */
  documented: boolean;
  /** The spec's `x-atlassian-oauth2-scopes` alternatives. */
  scopeSets: string[][];
}

export interface ScopeAudit {
  calls: CallScopes[];
  /** Calls (or platform needs) that no granted scope set satisfies. */
  missing: string[];
  /** Granted scopes that no call and no platform need uses. */
  unused: string[];
}

/**
 * Maps each call to its operation's scopes in the spec (the same table the emulator enforces
 * with) and compares with what the manifest grants: a need none of whose sets is granted is
 * missing; a granted scope in no satisfied set of any need is unused.
 */
export function auditScopes(
  calls: ProductCall[],
  needs: PlatformNeed[],
  granted: string[],
  table = new ScopeTable(),
): ScopeAudit {
  const grantedSet = new Set(granted);
  const used = new Set<string>();
  const missing: string[] = [];
  const mapped = calls.map((call) => {
    const requirement = table.requirement(call.product, call.method, call.path);
    return { call, documented: requirement.known, scopeSets: requirement.scopeSets };
  });
  const check = (label: string, scopeSets: string[][]): void => {
    if (scopeSets.length === 0) return;
    const satisfied = scopeSets.filter((set) => set.every((s) => grantedSet.has(s)));
    if (satisfied.length === 0) {
      missing.push(`${label} needs one of ${scopeSets.map((s) => s.join(' + ')).join(' | ')}`);
    }
    for (const set of satisfied) for (const s of set) used.add(s);
  };
  for (const m of mapped) check(`${m.call.method} ${m.call.path} (${m.call.at})`, m.scopeSets);
  for (const n of needs) check(n.need, n.scopeSets);
  return { calls: mapped, missing, unused: granted.filter((s) => !used.has(s)) };
}
