import type { AimsFieldValue, AimsIssue, AimsLink } from '../../../src/jira/aims-issue';
import type {
  AimsIssueTypeKey,
  AimsLinkTypeKey,
  AimsStatusKey,
} from '../../../src/jira/aims-schema';
import { AIMS_ISSUE_TYPES, AIMS_STATUSES } from '../../../src/jira/aims-schema';
import type { PanelInputs } from '../../../src/issue-panels/panel-inputs';
import { DEFAULT_APP_CONFIG } from '../../../src/storage/app-config';

const typeName = (t: AimsIssueTypeKey): string =>
  AIMS_ISSUE_TYPES.find((d) => d.key === t)?.defaultName ?? t;

export interface IssueSpec {
  key: string;
  type: AimsIssueTypeKey;
  status: AimsStatusKey;
  summary?: string;
  values?: Record<string, AimsFieldValue>;
  assignee?: string | null;
  duedate?: string | null;
  links?: AimsLink[];
}

/** An AimsIssue as readAimsIssue gives it. */
export function aimsIssue(spec: IssueSpec): AimsIssue {
  const status = AIMS_STATUSES[spec.status];
  return {
    id: spec.key.replace(/\D/g, ''),
    key: spec.key,
    summary: spec.summary ?? `${typeName(spec.type)} ${spec.key}`,
    typeKey: spec.type,
    typeName: typeName(spec.type),
    statusKey: spec.status,
    statusId: spec.status,
    statusName: status.name,
    statusCategory: status.category,
    assignee: spec.assignee
      ? { accountId: spec.assignee, displayName: `User ${spec.assignee}` }
      : null,
    reporter: null,
    duedate: spec.duedate ?? null,
    created: null,
    updated: null,
    resolutiondate: null,
    labels: [],
    securityLevel: null,
    securityLevelId: null,
    values: spec.values ?? {},
    links: spec.links ?? [],
  };
}

/** A link from the viewed issue to `other`. */
export function linkTo(
  other: AimsIssue,
  linkTypeKey: AimsLinkTypeKey,
  direction: 'outward' | 'inward' = 'inward',
): AimsLink {
  return {
    id: `${other.key}-${linkTypeKey}`,
    linkTypeKey,
    linkTypeName: `AIMS ${linkTypeKey}`,
    direction,
    issue: {
      id: other.id,
      key: other.key,
      summary: other.summary,
      statusName: other.statusName,
      statusCategory: other.statusCategory,
      typeName: other.typeName,
      typeId: other.typeKey ?? '',
    },
  };
}

export const NOW = new Date('2026-11-27T10:00:00Z');
export const VIEWER = { accountId: 'viewer-1', displayName: 'Me' };

export function inputs(issue: AimsIssue, linked: AimsIssue[] = []): PanelInputs {
  return {
    issue,
    linked: new Map(linked.map((i) => [i.key, i])),
    config: DEFAULT_APP_CONFIG,
    viewer: VIEWER,
    now: NOW,
  };
}
