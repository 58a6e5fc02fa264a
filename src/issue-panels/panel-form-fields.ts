import type { AimsFieldValue } from '../jira/aims-issue';
import { fieldDefinition } from '../jira/aims-schema';
import type { PanelFormField, PanelUser } from './panel-types';

/**
 * The panel's data-entry form for the given logical fields: text areas, text fields and select
 * lists as provisioned; a person field is offered as "me" (the viewer), since the panel has no
 * user search. Each field starts with the value the issue holds.
 */
export function formFields(
  keys: readonly string[],
  values: Record<string, AimsFieldValue>,
  viewer: PanelUser | null,
): PanelFormField[] {
  const seen = new Set<string>();
  const out: PanelFormField[] = [];
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    const def = fieldDefinition(key);
    const value = values[key];
    const base = { key, label: def.name, description: def.description };
    switch (def.kind) {
      case 'select':
        out.push({
          ...base,
          kind: 'select',
          options: [...(def.options ?? [])],
          value: typeof value === 'string' ? value : null,
        });
        break;
      case 'textarea':
        out.push({
          ...base,
          kind: 'textarea',
          options: [],
          value: typeof value === 'string' ? value : null,
        });
        break;
      case 'textfield':
      case 'url':
        out.push({
          ...base,
          kind: 'text',
          options: [],
          value: typeof value === 'string' ? value : null,
        });
        break;
      case 'userpicker':
        if (viewer) {
          const current =
            value && typeof value === 'object' && !Array.isArray(value) ? value.accountId : null;
          out.push({ ...base, kind: 'viewer', options: [viewer.accountId], value: current });
        }
        break;
      default:
        break;
    }
  }
  return out;
}
