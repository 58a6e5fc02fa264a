/**
 * A refusal in plain words: `message` says what was refused, `details` every reason a person can
 * act on. Nothing was changed. Resolvers answer it as `{ok: false, error, details}`; the findings
 * webhook as a 400; exports print it in place of the macro.
 *
 * `retryable`: the cause was passing (Jira or Confluence rate-limited or failed for a moment), so
 * the same request may succeed later — resolvers add `retryable: true`, the webhook answers 503
 * with Retry-After so its sender tries again.
 */
export class Refusal extends Error {
  override readonly name = 'Refusal';
  readonly details: string[];
  readonly retryable: boolean;

  constructor(
    message: string,
    details: readonly string[] = [],
    options: { retryable?: boolean } = {},
  ) {
    super(message);
    this.details = [...details];
    this.retryable = options.retryable ?? false;
  }
}
