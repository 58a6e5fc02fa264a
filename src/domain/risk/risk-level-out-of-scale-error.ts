/** Thrown when a likelihood or consequence is not a level of the configured scale. */
export class RiskLevelOutOfScaleError extends Error {
  override readonly name = 'RiskLevelOutOfScaleError';

  constructor(
    readonly axis: 'likelihood' | 'consequence',
    readonly value: unknown,
    readonly levels: number,
  ) {
    const name = axis === 'likelihood' ? 'Likelihood' : 'Consequence';
    super(
      `${name} ${String(value)} is not on the ${axis} scale: choose a whole number from 1 to ${levels}`,
    );
  }
}
