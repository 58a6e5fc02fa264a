/** A reason a workflow payload is refused, in the spec's `WorkflowValidationError` terms. */
export interface WorkflowProblem {
  code: string;
  message: string;
  type: 'RULE' | 'STATUS' | 'STATUS_LAYOUT' | 'WORKFLOW' | 'TRANSITION' | 'SCOPE';
  elementReference?: { statusReference?: string; transitionId?: string; ruleId?: string };
}

/** Collects problems while a payload is checked. */
export class ProblemList {
  readonly items: WorkflowProblem[] = [];

  add(
    type: WorkflowProblem['type'],
    code: string,
    message: string,
    ref?: WorkflowProblem['elementReference'],
  ): void {
    this.items.push({ code, message, type, ...(ref ? { elementReference: ref } : {}) });
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  /** `WorkflowValidationError` objects (all at level ERROR). */
  asValidationErrors(): Record<string, unknown>[] {
    return this.items.map((p) => ({ ...p, level: 'ERROR' }));
  }
}
