import { JiraError } from '../../core/errors';

/**
 * A query Jira would refuse: status 400 with Jira's `errorMessages` (one or more). Thrown by
 * `compileJql`; as a `JiraError` it renders as `{ errorMessages, errors: {} }` when it escapes an
 * express handler.
 */
export class JqlError extends JiraError {
  constructor(messages: string | string[]) {
    super(400, Array.isArray(messages) ? messages : [messages]);
    this.name = 'JqlError';
  }
}

export const unknownField = (name: string): JqlError =>
  new JqlError(`Field '${name}' does not exist or you do not have permission to view it.`);

export const unsupportedOperator = (operator: string, fieldName: string): JqlError =>
  new JqlError(`The operator '${operator}' is not supported by the '${fieldName}' field.`);

export const unknownValue = (value: string, fieldName: string): JqlError =>
  new JqlError(`The value '${value}' does not exist for the field '${fieldName}'.`);

export const unsupportedFeature = (what: string): JqlError =>
  new JqlError(`Unsupported JQL: ${what} is not supported by this site.`);
