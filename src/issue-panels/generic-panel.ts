import { AIMS_ISSUE_TYPES } from '../jira/aims-schema';
import { NO_ACTIONS, auditActions } from './panel-actions';
import type { PanelInputs } from './panel-inputs';
import { refOfIssue, refOfLink } from './panel-issue-ref';
import type { GenericPanel } from './panel-types';

/** Other AIMS types (impact assessment, audit, AIMS action, objective) and non-AIMS issues: a short summary. */
export function buildGenericPanel({ issue }: PanelInputs): GenericPanel {
  const def = AIMS_ISSUE_TYPES.find((t) => t.key === issue.typeKey);
  return {
    kind: 'generic',
    issue: refOfIssue(issue),
    clause: def?.clause ?? null,
    description: def?.description ?? 'This issue is not one of the AIMS record types.',
    links: issue.links.map((l) => ({
      linkTypeName: l.linkTypeName,
      direction: l.direction,
      issue: refOfLink(l),
    })),
    actions: issue.typeKey === 'audit' ? auditActions(issue) : NO_ACTIONS,
  };
}
