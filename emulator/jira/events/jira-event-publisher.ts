import type { SiteUser } from '../../core/users';
import { APP_USER_ACCOUNT_ID } from '../../core/users';
import type { ChangelogEntry } from '../models/changelog';
import type { CommentDoc } from '../models/comments';
import type { IssueDoc } from '../models/issue-store';
import type { IssueLinkDoc } from '../models/issue-links';
import type { JiraModels } from '../models/jira-models';
import { parseFieldSelection } from '../views/field-selection';
import { changeItemView } from '../views/changelog-view';
import { commentView } from '../views/comment-view';

/**
 * Publishes Forge product events (names and payloads of the Forge events reference) on the site
 * bus after each committed change. The issue is rendered with its navigable fields as the app
 * sees it.
 */
export class JiraEventPublisher {
  constructor(private readonly m: JiraModels) {}

  issueCreated(issue: IssueDoc, actor: SiteUser): void {
    this.publish('avi:jira:created:issue', actor, {
      issue: this.issuePayload(issue),
      associatedUsers: [{ accountId: actor.accountId }],
    });
  }

  issueUpdated(
    issue: IssueDoc,
    actor: SiteUser,
    entry: ChangelogEntry,
    jiraEventTypeName = 'issue_generic',
  ): void {
    const payload: Record<string, unknown> = {
      jiraEventTypeName,
      issue: this.issuePayload(issue),
      changelog: {
        id: entry.id,
        items: entry.items.map(changeItemView),
      },
      associatedUsers: [{ accountId: actor.accountId }],
    };
    const status = entry.items.find((i) => i.fieldId === 'status');
    if (status) {
      payload.associatedStatuses = [
        { id: status.to, name: status.toString },
        { id: status.from, name: status.fromString },
      ];
    }
    this.publish('avi:jira:updated:issue', actor, payload);
  }

  /** `issuePayload` must be rendered before the issue is removed. */
  issueDeleted(issuePayload: Record<string, unknown>, actor: SiteUser): void {
    this.publish('avi:jira:deleted:issue', actor, {
      issue: issuePayload,
      associatedUsers: [{ accountId: actor.accountId }],
    });
  }

  linkCreated(link: IssueLinkDoc, actor: SiteUser): void {
    this.publish('avi:jira:created:issuelink', actor, this.linkPayload(link));
  }

  linkDeleted(link: IssueLinkDoc, actor: SiteUser): void {
    this.publish('avi:jira:deleted:issuelink', actor, this.linkPayload(link));
  }

  commented(issue: IssueDoc, comment: CommentDoc, actor: SiteUser): void {
    this.publish('avi:jira:commented:issue', actor, {
      issue: this.issuePayload(issue),
      comment: commentView(this.m, comment, issue),
      associatedUsers: [{ accountId: actor.accountId }],
    });
  }

  issuePayload(issue: IssueDoc): Record<string, unknown> {
    const app = this.m.ctx.users.byAccountId(APP_USER_ACCOUNT_ID);
    const viewer: SiteUser = app ?? {
      accountId: APP_USER_ACCOUNT_ID,
      accountType: 'app',
      email: '',
      displayName: 'app',
      apiToken: '',
      groups: [],
      active: true,
      timeZone: 'UTC',
      locale: 'en_US',
    };
    const bean = this.m.view.render(issue, viewer, {
      fields: parseFieldSelection(['*navigable', '-comment'], 'all'),
      expand: new Set(),
    });
    return { id: bean.id, key: bean.key, self: bean.self, fields: bean.fields };
  }

  private linkPayload(link: IssueLinkDoc): Record<string, unknown> {
    const type = this.m.linkTypes.byId(link.typeId);
    const source = this.m.store.byId(link.sourceId);
    const destination = this.m.store.byId(link.destinationId);
    return {
      id: link.id,
      sourceIssueId: link.sourceId,
      destinationIssueId: link.destinationId,
      sourceProjectId: source?.projectId ?? null,
      destinationProjectId: destination?.projectId ?? null,
      issueLinkType: type
        ? {
            id: type.id,
            name: type.name,
            inward: type.inward,
            outward: type.outward,
            style: type.name === 'Blocks' ? 'blocks' : null,
            isSubTaskLinkType: false,
            isSystemLinkType: false,
          }
        : { id: link.typeId },
    };
  }

  private publish(eventType: string, actor: SiteUser, payload: Record<string, unknown>): void {
    this.m.ctx.events.publish({
      eventType,
      payload: {
        eventType,
        selfGenerated: actor.accountType === 'app',
        atlassianId: actor.accountId,
        ...payload,
      },
    });
  }
}
