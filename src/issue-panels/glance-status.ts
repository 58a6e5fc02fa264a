/**
 * The status the ISO 42001 issue glance shows next to its label on every AIMS issue, without a
 * click (Forge `jira:issueGlance` `status`, set by its `dynamicProperties` function): how much
 * the issue's next step still needs, from the panel view read as the viewer.
 */
import type { IssuePanelView, PanelNextStep } from './panel-types';

export interface GlanceStatus {
  type: 'lozenge';
  value: { label: string; type: 'success' | 'moved' };
}

function nextOf(view: IssuePanelView): readonly PanelNextStep[] {
  switch (view.kind) {
    case 'nonconformity':
      return view.progress.next;
    case 'correctiveAction':
      return view.actions.transitions.filter((t) => t.transitionName === 'Done');
    case 'risk':
    case 'impactAssessment':
    case 'incident':
    case 'finding':
      return view.next;
    case 'generic':
      return view.actions.transitions; // an Audit's, weighed (9.2.2); none for other types
    default:
      return [];
  }
}

/** The lozenge of the issue's next step; undefined when there is nothing to guide (no status shown). */
export function glanceStatus(view: IssuePanelView): GlanceStatus | undefined {
  if (view.kind === 'notProvisioned' || view.issue.statusCategory === 'done') return undefined;
  const step = nextOf(view)[0];
  if (!step) return undefined;
  const current =
    view.kind === 'nonconformity'
      ? view.progress.steps.find((s) => s.status === 'current')?.step
      : undefined;
  const prefix = current ? `10.2 ${current}: ` : '';
  return step.missing.length === 0
    ? { type: 'lozenge', value: { label: `${prefix}ready to move on`, type: 'success' } }
    : {
        type: 'lozenge',
        value: { label: `${prefix}${String(step.missing.length)} to record`, type: 'moved' },
      };
}
