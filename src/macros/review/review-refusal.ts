/** A refusal in plain words (the resolver shows `message` and `details`), never a crash. */
export class ReviewRefusal extends Error {
  override readonly name = 'ReviewRefusal';
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}
