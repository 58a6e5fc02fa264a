/**
 * Writes docs/jira-data-model.md from src/jira/aims-schema: the issue types, custom fields,
 * screens, link types and workflows that provisioning creates. `npx tsx scripts/generate-model-doc.ts`
 * (a unit test fails when the committed doc is out of date).
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  AIMS_FIELDS,
  AIMS_ISSUE_TYPES,
  AIMS_LINK_TYPES,
  AIMS_SCREENS,
  AIMS_WORKFLOWS,
  screenFieldName,
} from '../src/jira/aims-schema';

export function renderModelDoc(): string {
  const typeName = new Map(AIMS_ISSUE_TYPES.map((t) => [t.key, t.defaultName]));
  const lines: string[] = [
    '# The Jira data model the app provisions',
    '',
    'Generated from `src/jira/aims-schema` by `scripts/generate-model-doc.ts`; do not edit by hand.',
    'Provisioning (admin page, or on install) creates or adopts each item by name, so a second run changes nothing.',
    '',
    '## Issue types',
    '',
    '| type (default name) | ISO/IEC 42001 | what it records | workflow |',
    '|---|---|---|---|',
    ...AIMS_ISSUE_TYPES.map((t) => {
      const wf = AIMS_WORKFLOWS.find((w) => w.issueTypes.includes(t.key));
      return `| ${t.defaultName} | ${t.clause} | ${t.description} | ${wf?.name ?? ''} |`;
    }),
    '',
    '## Custom fields',
    '',
    'Native Jira custom fields (usable in JQL, boards, filters and Automation).',
    '',
    '| field | type | options | on issue types |',
    '|---|---|---|---|',
    ...AIMS_FIELDS.map(
      (f) =>
        `| ${f.name} | ${f.kind} | ${(f.options ?? []).join(', ')} | ${f.issueTypes.map((k) => typeName.get(k) ?? k).join(', ')} |`,
    ),
    '',
    '## Screens',
    '',
    "Jira sets a field through REST (and in its dialogs) only when the field is on the screen of the operation: the create or edit screen of the issue type, or the screen of the transition. A new custom field is on no screen. So each AIMS issue type gets its own screen, `AIMS <type> screen (<project key>)`, which creates, edits and views its issues through the screen scheme `AIMS <type> screen scheme (<project key>)`; the issue type screen scheme `AIMS issue type screen scheme (<project key>)`, assigned to the project, maps each AIMS type to its screen scheme, and the project's other issue types keep the screen schemes they had. The guarded transitions (those with the app's validator) show their issue type's screen.",
    '',
    '| issue type | tab | fields, in order |',
    '|---|---|---|',
    ...AIMS_SCREENS.flatMap((screen) =>
      screen.tabs.map(
        (tab, i) =>
          `| ${i === 0 ? (typeName.get(screen.issueType) ?? screen.issueType) : ''} | ${tab.name} | ${tab.fields.map(screenFieldName).join(', ')} |`,
      ),
    ),
    '',
    '## Issue link types',
    '',
    '| name | outward | inward | usually from → to |',
    '|---|---|---|---|',
    ...AIMS_LINK_TYPES.map(
      (l) => `| ${l.name} | ${l.outward} | ${l.inward} | ${l.from} → ${l.to} |`,
    ),
    '',
    '## Workflows',
    '',
  ];
  for (const wf of AIMS_WORKFLOWS) {
    const status = new Map(wf.statuses.map((s) => [s.key, s.name]));
    // A workflow of one issue type shows that type's screen on its guarded transitions.
    const onlyType = wf.issueTypes.length === 1 ? wf.issueTypes[0] : undefined;
    lines.push(
      `### ${wf.name}`,
      '',
      `${wf.description} Used by: ${wf.issueTypes.map((k) => typeName.get(k) ?? k).join(', ')}.`,
      '',
      `Statuses: ${wf.statuses.map((s) => `${s.name} (${s.category})`).join(' → ')}`,
      '',
      `Read-only statuses (workflow status property \`jira.issue.editable = false\`: no field edit, only a transition leaves them): ${wf.readOnlyStatuses.map((k) => status.get(k) ?? k).join(', ') || 'none'}.`,
      '',
      '| transition | from | to | app validator | AIMS managers only | recorded reviewer only | app post function | screen |',
      '|---|---|---|---|---|---|---|---|',
      ...wf.transitions.map(
        (t) =>
          `| ${t.name} | ${t.from.map((f) => status.get(f) ?? f).join(', ') || '(create)'} | ${status.get(t.to) ?? t.to} | ${t.validated ? 'yes' : ''} | ${t.managersOnly ? 'yes' : ''} | ${t.reviewerOnly ? 'yes' : ''} | ${t.postFunction ? 'yes' : ''} | ${t.validated && onlyType ? `${typeName.get(onlyType) ?? onlyType} screen` : ''} |`,
      ),
      '',
    );
  }
  return lines.join('\n');
}

if (require.main === module) {
  const out = path.resolve(__dirname, '../docs/jira-data-model.md');
  fs.writeFileSync(out, renderModelDoc());
  console.log(`wrote ${out}`);
}
