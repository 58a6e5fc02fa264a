/**
 * What the document control says about one page version of the AI policy (the rule of every
 * controlled document, src/domain/document-control/version-status.ts).
 */
import type { DocumentVersionStatus } from '../document-control/version-status';
import type { PolicyDocumentRecord } from '../records';
import type { PolicyControlEvent } from './policy-control-record';

export { documentVersionStatus as policyVersionStatus } from '../document-control/version-status';
export type PolicyVersionStatus = DocumentVersionStatus<PolicyDocumentRecord, PolicyControlEvent>;
