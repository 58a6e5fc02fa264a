/**
 * A refusal in plain words: `message` says what was refused, `details` every reason a person can
 * act on. Nothing was changed. Resolvers answer it as `{ok: false, error, details}`; the findings
 * webhook as a 400; exports print it in place of the macro.
 */
export class Refusal extends Error {
  override readonly name = 'Refusal';
  readonly details: string[];

  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.details = [...details];
  }
}
