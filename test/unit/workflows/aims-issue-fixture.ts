import { readAimsIssue } from '../../../src/jira/aims-issue';
import type { AimsIssue } from '../../../src/jira/aims-issue';
import { AIMS_FIELDS, AIMS_LINK_TYPES } from '../../../src/jira/aims-schema';
import { DEFAULT_APP_CONFIG } from '../../../src/storage/app-config';
import type { ProvisioningState } from '../../../src/storage/provisioning-state';

export const config = DEFAULT_APP_CONFIG;

export const state: ProvisioningState = {
  projectKey: 'AIMS',
  projectId: '10000',
  issueTypes: {
    nonconformity: '1',
    correctiveAction: '2',
    aiRisk: '3',
    auditFinding: '4',
    aiControl: '5',
    audit: '6',
    aiSystem: '7',
  },
  fields: Object.fromEntries(AIMS_FIELDS.map((f, i) => [f.key, `customfield_${10100 + i}`])),
  linkTypes: Object.fromEntries(
    AIMS_LINK_TYPES.map((l, i) => [l.key, { id: String(20000 + i), name: l.name }]),
  ),
  statuses: {
    ncReact: '101',
    ncCauseAnalysis: '102',
    ncImplementing: '103',
    ncEffectivenessReview: '104',
    ncClosed: '105',
  },
  workflows: {},
  controls: {},
  completedSteps: [],
  startedAt: '2026-01-01T00:00:00Z',
};

export const field = (key: string): string => state.fields[key] ?? '';

export interface LinkSpec {
  type: string;
  key: string;
  typeName: string;
  statusCategory?: string;
  /** 'outward': this issue is the link's source. */
  side?: 'outward' | 'inward';
}

/** A Jira issue as GET /issue returns it, read through the app's reader. */
export function aimsIssue(raw: {
  key?: string;
  type?: string;
  status?: string;
  fields?: Record<string, unknown>;
  links?: LinkSpec[];
  assignee?: string;
}): AimsIssue {
  return readAimsIssue(
    {
      id: '1',
      key: raw.key ?? 'AIMS-1',
      fields: {
        summary: 'x',
        issuetype: { id: raw.type ?? '1', name: 'Nonconformity' },
        status: { id: raw.status ?? '101', name: 'React', statusCategory: { key: 'new' } },
        assignee: raw.assignee ? { accountId: raw.assignee } : null,
        issuelinks: (raw.links ?? []).map((l, i) => ({
          id: String(i),
          type: { name: AIMS_LINK_TYPES.find((t) => t.key === l.type)?.name },
          [l.side === 'inward' ? 'inwardIssue' : 'outwardIssue']: {
            id: String(100 + i),
            key: l.key,
            fields: {
              summary: l.key,
              issuetype: { name: l.typeName },
              status: { name: 's', statusCategory: { key: l.statusCategory ?? 'indeterminate' } },
            },
          },
        })),
        ...raw.fields,
      },
    },
    state,
  );
}
