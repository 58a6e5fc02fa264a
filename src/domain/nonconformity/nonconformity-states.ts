/** The clause 10.2 steps a–e and the Nonconformity workflow states that carry them out. */
export type NonconformityStepLetter = 'a' | 'b' | 'c' | 'd' | 'e';

export const NONCONFORMITY_STATE_IDS = [
  'react',
  'cause-analysis',
  'action',
  'effectiveness-review',
  'closed',
] as const;

export type NonconformityState = (typeof NONCONFORMITY_STATE_IDS)[number];

export interface NonconformityStateInfo {
  readonly id: NonconformityState;
  /** The 10.2 step the state carries out (`closed` is where 10.2 e is answered). */
  readonly step: NonconformityStepLetter;
  /** Clause reference, e.g. `ISO42001:10.2 a`. */
  readonly clauseRef: string;
  readonly label: string;
  /** Our own one-line description of the step. */
  readonly description: string;
}

const state = (
  id: NonconformityState,
  step: NonconformityStepLetter,
  label: string,
  description: string,
): NonconformityStateInfo => ({ id, step, clauseRef: `ISO42001:10.2 ${step}`, label, description });

export const NONCONFORMITY_STATES: readonly NonconformityStateInfo[] = [
  state(
    'react',
    'a',
    'React',
    'Correct or contain the nonconformity and deal with its consequences.',
  ),
  state(
    'cause-analysis',
    'b',
    'Cause analysis',
    'Review it, find its causes, check for similar nonconformities, decide on corrective action.',
  ),
  state('action', 'c', 'Corrective action', 'Implement the corrective actions decided.'),
  state(
    'effectiveness-review',
    'd',
    'Effectiveness review',
    'Someone who did not implement the actions checks, with evidence, that they worked.',
  ),
  state('closed', 'e', 'Closed', 'Done; any change needed to the AIMS is answered and linked.'),
];

export const NONCONFORMITY_STEP_LABELS: Readonly<Record<NonconformityStepLetter, string>> = {
  a: 'React: correct, contain, deal with consequences',
  b: 'Evaluate the need for action: review, causes, similar nonconformities',
  c: 'Implement corrective action',
  d: 'Review the effectiveness of corrective action',
  e: 'Make changes to the AIMS if necessary',
};

export function isNonconformityState(value: string): value is NonconformityState {
  return (NONCONFORMITY_STATE_IDS as readonly string[]).includes(value);
}

const STATE_INFO_BY_ID = Object.fromEntries(NONCONFORMITY_STATES.map((s) => [s.id, s])) as Record<
  NonconformityState,
  NonconformityStateInfo
>;

export function nonconformityStateInfo(id: NonconformityState): NonconformityStateInfo {
  return STATE_INFO_BY_ID[id];
}
