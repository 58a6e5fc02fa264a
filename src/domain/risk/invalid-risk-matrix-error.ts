/** Thrown when a risk matrix configuration is refused; `reasons` lists every problem. */
export class InvalidRiskMatrixError extends Error {
  override readonly name = 'InvalidRiskMatrixError';

  constructor(readonly reasons: readonly string[]) {
    super(`The risk matrix configuration is not valid: ${reasons.join('; ')}`);
  }
}
