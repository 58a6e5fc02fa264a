import type { AimsIssue } from '../jira/aims-issue';
import { fieldDefinition } from '../jira/aims-schema';
import { shownText } from './panel-issue-ref';
import type { PanelFact } from './panel-types';

/** A field value as one line of text: options joined, a person by name. */
function factText(value: AimsIssue['values'][string] | undefined): string | null {
  if (Array.isArray(value)) return value.length ? value.join(', ') : null;
  if (value && typeof value === 'object') return value.displayName ?? value.accountId;
  return shownText(value);
}

/** The given fields of an issue as label/value facts, in order, by the names Jira shows. */
export function panelFacts(issue: AimsIssue, fieldKeys: readonly string[]): PanelFact[] {
  return fieldKeys.map((key) => ({
    label: fieldDefinition(key).name,
    value: factText(issue.values[key]),
  }));
}
