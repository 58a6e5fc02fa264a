import type { PolicyElementCheck } from '../../../../src/domain/records';
import type {
  PolicyActor,
  PolicyChange,
  PolicyControlSettings,
  PolicyPageFacts,
} from '../../../../src/domain/policy/policy-control-rules';
import type { PolicyControlRecord } from '../../../../src/domain/policy/policy-control-record';

export const OWNER = '712020:owner';
export const MANAGER = '712020:manager';
export const MEMBER = '712020:member';

/** The settings the rules get: the macro's configuration, and the owner a manager set. */
export const config: PolicyControlSettings = {
  documentReference: 'AIMS-POL-001',
  ownerAccountId: OWNER,
  reviewIntervalMonths: 12,
};

export const ALL_COVERED: PolicyElementCheck[] = [
  { element: 'appropriate-to-purpose', covered: true, where: '1. Purpose' },
  { element: 'framework-for-objectives', covered: true, where: '4. Objectives' },
  { element: 'commitment-to-requirements', covered: true, where: '3.1 Requirements' },
  { element: 'commitment-to-continual-improvement', covered: true, where: '3.2 Improvement' },
];

export const actor = (accountId: string, isManager = false): PolicyActor => ({
  accountId,
  isManager,
  managerGroup: 'aims-managers',
});

export const page = (version: number, versionAuthorId?: string): PolicyPageFacts => ({
  id: '42',
  title: 'AI Policy',
  version,
  versionAuthorId,
});

export function change(
  record: PolicyControlRecord | undefined,
  who: ReturnType<typeof actor>,
  version: number,
  now = new Date('2026-03-10T10:00:00Z'),
): PolicyChange {
  return { record, config, page: page(version), actor: who, now };
}
