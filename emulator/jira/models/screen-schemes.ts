import type { SiteContext } from '../../core/context';
import { DocTable } from './doc-table';
import type { ScreenDoc, ScreenModel } from './screens';
import { DEFAULT_SCREEN_ID } from './screens';

/** The operations a screen scheme names a screen for; `default` serves any it leaves out. */
export type ScreenType = 'default' | 'create' | 'edit' | 'view';

/** A screen scheme: which screen serves create, edit and view (ids of screens). */
export interface ScreenSchemeDoc {
  id: string;
  name: string;
  description: string;
  screens: { default: string } & Partial<Record<Exclude<ScreenType, 'default'>, string>>;
}

/** One row of an issue type screen scheme: an issue type id, or `default`, → a screen scheme. */
export interface IssueTypeScreenSchemeMappingDoc {
  issueTypeId: string;
  screenSchemeId: string;
}

/** An issue type screen scheme: which screen scheme each issue type of a project uses. */
export interface IssueTypeScreenSchemeDoc {
  id: string;
  name: string;
  description: string;
  /** In the order they were added; exactly one `default` row. */
  mappings: IssueTypeScreenSchemeMappingDoc[];
}

/** A project's issue type screen scheme (absent = Jira's Default Issue Type Screen Scheme). */
interface ProjectAssociationDoc {
  /** The project id. */
  id: string;
  schemeId: string;
}

export const DEFAULT_SCREEN_SCHEME_ID = '1';
export const DEFAULT_ISSUE_TYPE_SCREEN_SCHEME_ID = '1';

/**
 * Screen schemes, issue type screen schemes and their assignment to projects — and the question
 * they answer: which screen serves an operation on an issue of a project and issue type.
 */
export class ScreenSchemeModel {
  readonly schemes: DocTable<ScreenSchemeDoc>;
  readonly issueTypeSchemes: DocTable<IssueTypeScreenSchemeDoc>;
  private readonly associations: DocTable<ProjectAssociationDoc>;

  constructor(
    private readonly ctx: SiteContext,
    private readonly screens: ScreenModel,
  ) {
    this.schemes = new DocTable<ScreenSchemeDoc>(ctx.db, 'jira_screen_schemes');
    this.issueTypeSchemes = new DocTable<IssueTypeScreenSchemeDoc>(
      ctx.db,
      'jira_issue_type_screen_schemes',
    );
    this.associations = new DocTable<ProjectAssociationDoc>(ctx.db, 'jira_itss_projects');
    if (!this.schemes.sharedGet(DEFAULT_SCREEN_SCHEME_ID)) {
      this.schemes.put({
        id: DEFAULT_SCREEN_SCHEME_ID,
        name: 'Default Screen Scheme',
        description: 'Default Screen Scheme',
        screens: { default: DEFAULT_SCREEN_ID },
      });
    }
    if (!this.issueTypeSchemes.sharedGet(DEFAULT_ISSUE_TYPE_SCREEN_SCHEME_ID)) {
      this.issueTypeSchemes.put({
        id: DEFAULT_ISSUE_TYPE_SCREEN_SCHEME_ID,
        name: 'Default Issue Type Screen Scheme',
        description: 'The default issue type screen scheme',
        mappings: [{ issueTypeId: 'default', screenSchemeId: DEFAULT_SCREEN_SCHEME_ID }],
      });
    }
  }

  createScheme(input: Omit<ScreenSchemeDoc, 'id'>): ScreenSchemeDoc {
    return this.schemes.put({ ...input, id: String(this.ctx.meta.next('jira:screenscheme')) });
  }

  createIssueTypeScheme(input: Omit<IssueTypeScreenSchemeDoc, 'id'>): IssueTypeScreenSchemeDoc {
    return this.issueTypeSchemes.put({
      ...input,
      id: String(this.ctx.meta.next('jira:issuetypescreenscheme')),
    });
  }

  /** The issue type screen scheme a project uses. */
  issueTypeSchemeOfProject(projectId: string): IssueTypeScreenSchemeDoc {
    const id = this.associations.sharedGet(projectId)?.schemeId;
    const scheme = this.issueTypeSchemes.sharedGet(id ?? DEFAULT_ISSUE_TYPE_SCREEN_SCHEME_ID);
    if (!scheme) throw new Error(`The issue type screen scheme ${id ?? '1'} does not exist`);
    return scheme;
  }

  assign(projectId: string, schemeId: string): void {
    if (schemeId === DEFAULT_ISSUE_TYPE_SCREEN_SCHEME_ID) this.associations.delete(projectId);
    else this.associations.put({ id: projectId, schemeId });
  }

  /** Ids of the projects using an issue type screen scheme (projects without one use the default). */
  projectsOf(schemeId: string, allProjectIds: readonly string[]): string[] {
    return allProjectIds.filter((p) => this.issueTypeSchemeOfProject(p).id === schemeId);
  }

  /** The screen serving `type` for issues of this project and issue type. */
  screenFor(
    projectId: string,
    issueTypeId: string,
    type: Exclude<ScreenType, 'default'>,
  ): ScreenDoc {
    const itss = this.issueTypeSchemeOfProject(projectId);
    const row =
      itss.mappings.find((m) => m.issueTypeId === issueTypeId) ??
      itss.mappings.find((m) => m.issueTypeId === 'default');
    const scheme = this.schemes.sharedGet(row?.screenSchemeId ?? DEFAULT_SCREEN_SCHEME_ID);
    const screenId = scheme ? (scheme.screens[type] ?? scheme.screens.default) : DEFAULT_SCREEN_ID;
    const screen = this.screens.byId(screenId) ?? this.screens.byId(DEFAULT_SCREEN_ID);
    if (!screen) throw new Error('The Default Screen does not exist');
    return screen;
  }

  /** The fields the screen for `type` offers, in screen order. */
  fieldIdsFor(
    projectId: string,
    issueTypeId: string,
    type: Exclude<ScreenType, 'default'>,
  ): string[] {
    return this.screens.fieldIdsOf(this.screenFor(projectId, issueTypeId, type));
  }
}
