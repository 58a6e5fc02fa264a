import type { SiteContext } from '../../core/context';
import { DocTable } from './doc-table';

/** One tab of a screen: its fields in order (system field ids and `customfield_*` ids). */
export interface ScreenTabDoc {
  id: string;
  name: string;
  fieldIds: string[];
}

/** A screen: the fields a person (or a REST call) may set when creating, editing or transitioning. */
export interface ScreenDoc {
  id: string;
  name: string;
  description: string;
  tabs: ScreenTabDoc[];
}

/** Jira's screens of a new site (ids 1–3, as the spec's examples show them). */
export const DEFAULT_SCREEN_ID = '1';
export const WORKFLOW_SCREEN_ID = '2';
export const RESOLVE_ISSUE_SCREEN_ID = '3';

/**
 * The system fields of Jira's Default Screen (those this site models). A custom field is on no
 * screen until someone adds it: creating a field never adds it anywhere (in Jira Cloud, only the
 * UI's "add to screens" step or `POST /screens/addToDefault/{fieldId}` does).
 */
const DEFAULT_SCREEN_FIELDS = [
  'summary',
  'issuetype',
  'security',
  'priority',
  'duedate',
  'assignee',
  'reporter',
  'description',
  'labels',
];

/** Screens, their tabs and the fields on each tab (ordered). */
export class ScreenModel {
  private readonly table: DocTable<ScreenDoc>;

  constructor(private readonly ctx: SiteContext) {
    this.table = new DocTable<ScreenDoc>(ctx.db, 'jira_screens');
    if (!this.table.sharedGet(DEFAULT_SCREEN_ID)) this.seedDefaults();
  }

  all(): readonly ScreenDoc[] {
    return this.table.sharedAll();
  }

  byId(id: string): ScreenDoc | undefined {
    return this.table.sharedGet(id);
  }

  byName(name: string): ScreenDoc | undefined {
    const lower = name.toLowerCase();
    return this.table.sharedFind((s) => s.name.toLowerCase() === lower);
  }

  /** A new screen with one empty tab, "Field Tab" (what `POST /screens` makes). */
  create(name: string, description: string): ScreenDoc {
    return this.table.put({
      id: String(this.ctx.meta.next('jira:screen', 10000)),
      name,
      description,
      tabs: [{ id: this.nextTabId(), name: 'Field Tab', fieldIds: [] }],
    });
  }

  addTab(screen: ScreenDoc, name: string): ScreenTabDoc {
    const tab: ScreenTabDoc = { id: this.nextTabId(), name, fieldIds: [] };
    this.table.put({ ...structuredClone(screen), tabs: [...structuredClone(screen.tabs), tab] });
    return tab;
  }

  renameTab(screen: ScreenDoc, tabId: string, name: string): ScreenTabDoc {
    const tabs = screen.tabs.map((t) => (t.id === tabId ? { ...t, name } : structuredClone(t)));
    this.table.put({ ...structuredClone(screen), tabs });
    const renamed = tabs.find((t) => t.id === tabId);
    if (!renamed) throw new Error(`Screen ${screen.id} has no tab ${tabId}`);
    return renamed;
  }

  /** Appends a field to a tab. */
  addField(screen: ScreenDoc, tabId: string, fieldId: string): void {
    const tabs = screen.tabs.map((t) =>
      t.id === tabId ? { ...t, fieldIds: [...t.fieldIds, fieldId] } : structuredClone(t),
    );
    this.table.put({ ...structuredClone(screen), tabs });
  }

  /** The tab a field is on, if any. */
  tabOfField(screen: ScreenDoc, fieldId: string): ScreenTabDoc | undefined {
    return screen.tabs.find((t) => t.fieldIds.includes(fieldId));
  }

  /** Every field of the screen, tab by tab, in order. */
  fieldIdsOf(screen: ScreenDoc): string[] {
    return screen.tabs.flatMap((t) => t.fieldIds);
  }

  private nextTabId(): string {
    return String(this.ctx.meta.next('jira:screentab', 10000));
  }

  private seedDefaults(): void {
    const screen = (id: string, name: string, description: string, fieldIds: string[]) =>
      this.table.put({
        id,
        name,
        description,
        tabs: [{ id: this.nextTabId(), name: 'Field Tab', fieldIds }],
      });
    screen(
      DEFAULT_SCREEN_ID,
      'Default Screen',
      'Provides for the update all system fields.',
      DEFAULT_SCREEN_FIELDS,
    );
    screen(
      WORKFLOW_SCREEN_ID,
      'Workflow Screen',
      'This screen is used in the workflow and enables you to assign issues.',
      ['assignee'],
    );
    screen(
      RESOLVE_ISSUE_SCREEN_ID,
      'Resolve Issue Screen',
      'Offers the ability to set resolution, change fix versions, and assign an issue.',
      ['resolution', 'assignee'],
    );
  }
}
