import type { SiteContext } from '../../core/context';
import { JiraEventPublisher } from '../events/jira-event-publisher';
import { IssueView } from '../views/issue-view';
import { BoardModel } from './boards';
import { ChangelogModel } from './changelog';
import { CommentModel } from './comments';
import { CustomFieldModel } from './custom-fields';
import { FieldCatalog } from './field-catalog';
import { FieldInputParser } from './field-input';
import { FilterModel } from './filters';
import { IssueLinkModel } from './issue-links';
import { IssuePropertyModel } from './issue-properties';
import { IssueService } from './issue-service';
import { IssueStore } from './issue-store';
import { IssueTypeSchemeModel } from './issue-type-schemes';
import { IssueTypeModel } from './issue-types';
import { LinkTypeModel } from './link-types';
import { PermissionModel } from './permissions';
import { PriorityModel } from './priorities';
import { ProjectModel } from './projects';
import { ScreenSchemeModel } from './screen-schemes';
import { ScreenModel } from './screens';
import { TaskModel } from './tasks';
import { SecuritySchemeModel } from './security-schemes';
import { workflowModel } from './workflow-model';
import type { IssueWorkflowPort } from './workflow-port';

/** The Jira state of one site: every model, plus the issue service, view and event publisher. */
export interface JiraModels {
  ctx: SiteContext;
  projects: ProjectModel;
  security: SecuritySchemeModel;
  issueTypes: IssueTypeModel;
  issueTypeSchemes: IssueTypeSchemeModel;
  priorities: PriorityModel;
  linkTypes: LinkTypeModel;
  customFields: CustomFieldModel;
  catalog: FieldCatalog;
  screens: ScreenModel;
  screenSchemes: ScreenSchemeModel;
  tasks: TaskModel;
  filters: FilterModel;
  boards: BoardModel;
  permissions: PermissionModel;
  store: IssueStore;
  changelog: ChangelogModel;
  comments: CommentModel;
  links: IssueLinkModel;
  properties: IssuePropertyModel;
  workflow: IssueWorkflowPort;
  input: FieldInputParser;
  view: IssueView;
  events: JiraEventPublisher;
  issues: IssueService;
}

const cache = new WeakMap<SiteContext, JiraModels>();

/** The Jira models of a site, created once per context (tables are created on first use). */
export function jiraModels(ctx: SiteContext): JiraModels {
  const existing = cache.get(ctx);
  if (existing) return existing;
  const projects = new ProjectModel(ctx);
  const security = new SecuritySchemeModel(ctx);
  const issueTypes = new IssueTypeModel(ctx);
  const customFields = new CustomFieldModel(ctx);
  const priorities = new PriorityModel(ctx);
  const permissions = new PermissionModel(projects, security);
  const store = new IssueStore(ctx);
  const issueTypeSchemes = new IssueTypeSchemeModel(ctx, issueTypes);
  const catalog = new FieldCatalog(customFields);
  const screens = new ScreenModel(ctx);
  const base: Omit<JiraModels, 'view' | 'events' | 'issues'> = {
    ctx,
    projects,
    security,
    issueTypes,
    issueTypeSchemes,
    priorities,
    linkTypes: new LinkTypeModel(ctx),
    customFields,
    catalog,
    screens,
    screenSchemes: new ScreenSchemeModel(ctx, screens),
    tasks: new TaskModel(ctx),
    filters: new FilterModel(ctx, projects, permissions),
    boards: new BoardModel(ctx),
    permissions,
    store,
    changelog: new ChangelogModel(ctx),
    comments: new CommentModel(ctx),
    links: new IssueLinkModel(ctx),
    properties: new IssuePropertyModel(ctx),
    workflow: workflowModel(ctx),
    input: new FieldInputParser({
      users: ctx.users,
      catalog,
      customFields,
      priorities,
      security,
      permissions,
      store,
      issueTypes,
      issueTypeSchemes,
    }),
  };
  const m = base as JiraModels;
  m.view = new IssueView(m);
  m.events = new JiraEventPublisher(m);
  m.issues = new IssueService(m);
  cache.set(ctx, m);
  return m;
}
