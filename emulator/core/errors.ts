/** Jira's error body: `{ errorMessages: string[], errors: Record<string,string> }`. */
export class JiraError extends Error {
  constructor(
    readonly status: number,
    readonly errorMessages: string[] = [],
    readonly errors: Record<string, string> = {},
  ) {
    super(errorMessages[0] ?? Object.values(errors)[0] ?? `HTTP ${status}`);
  }

  body(): { errorMessages: string[]; errors: Record<string, string> } {
    return { errorMessages: this.errorMessages, errors: this.errors };
  }
}

export const jiraBadRequest = (message: string, field?: string): JiraError =>
  field ? new JiraError(400, [], { [field]: message }) : new JiraError(400, [message]);
export const jiraNotFound = (message: string): JiraError => new JiraError(404, [message]);
export const jiraForbidden = (message: string): JiraError => new JiraError(403, [message]);

/** Confluence Cloud v2's error body: `{ errors: [{ status, code, title, detail }] }`. */
export class ConfluenceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string | null = null,
  ) {
    super(title);
  }

  body(): { errors: { status: number; code: string; title: string; detail: string | null }[] } {
    return {
      errors: [{ status: this.status, code: this.code, title: this.title, detail: this.detail }],
    };
  }
}

export const confluenceBadRequest = (title: string): ConfluenceError =>
  new ConfluenceError(400, 'INVALID_REQUEST_PARAMETER', title);
export const confluenceNotFound = (title = 'Not Found'): ConfluenceError =>
  new ConfluenceError(404, 'NOT_FOUND', title);
export const confluenceConflict = (title: string): ConfluenceError =>
  new ConfluenceError(409, 'CONFLICT', title);
export const confluenceForbidden = (title: string): ConfluenceError =>
  new ConfluenceError(403, 'PERMISSION_DENIED', title);
