import { uniqueReasons } from './reason';
import type { Reason } from './reason';

/** A guard lists every unmet requirement of a transition; an empty list means it is allowed. */
export type Guard<F, R extends Reason = Reason> = (facts: F) => readonly R[];

export interface TransitionDefinition<S extends string, F, R extends Reason = Reason> {
  readonly from: S;
  readonly to: S;
  /** What the step is called where a person picks it, e.g. "Start cause analysis". */
  readonly label: string;
  readonly guard: Guard<F, R>;
}

export interface TransitionEvaluation<R extends Reason = Reason> {
  readonly allowed: boolean;
  readonly reasons: readonly R[];
}

export interface GuardedMachineSpec<S extends string, F, R extends Reason> {
  readonly states: readonly S[];
  readonly transitions: readonly TransitionDefinition<S, F, R>[];
  /** The reason given when `from → to` is not a transition of this machine. */
  readonly notATransition: (from: string, to: string) => R;
}

export interface GuardedMachine<S extends string, F, R extends Reason = Reason> {
  readonly states: readonly S[];
  readonly transitions: readonly TransitionDefinition<S, F, R>[];
  isState(value: string): value is S;
  /** The transitions that leave `from`, whatever the facts (guards are not run). */
  allowedTransitions(from: S): readonly TransitionDefinition<S, F, R>[];
  /** Runs the guard of `from → to`; an unknown or illegal pair is refused with a reason. */
  evaluateTransition(from: string, to: string, facts: F): TransitionEvaluation<R>;
}

export function defineGuardedMachine<S extends string, F, R extends Reason>(
  spec: GuardedMachineSpec<S, F, R>,
): GuardedMachine<S, F, R> {
  const known = new Set<string>(spec.states);
  const isState = (value: string): value is S => known.has(value);
  return {
    states: spec.states,
    transitions: spec.transitions,
    isState,
    allowedTransitions: (from) => spec.transitions.filter((t) => t.from === from),
    evaluateTransition(from, to, facts) {
      const transition = spec.transitions.find((t) => t.from === from && t.to === to);
      if (!transition) return { allowed: false, reasons: [spec.notATransition(from, to)] };
      const reasons = uniqueReasons(transition.guard(facts));
      return { allowed: reasons.length === 0, reasons };
    },
  };
}
