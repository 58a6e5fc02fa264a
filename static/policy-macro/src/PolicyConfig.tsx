import type { MacroFrameProps } from '../../common';
import { DocumentConfigForm } from '../../common/document-control/DocumentConfigForm';
import { policyConfigOptionsSchema } from '../../../src/ui-contract/policy-macro-view';

/** The AI Policy macro's settings: the document, its owner, the review interval, the objectives. */
export function PolicyConfig(props: MacroFrameProps) {
  return (
    <DocumentConfigForm
      {...props}
      label="AI policy settings"
      referencePlaceholder="AIMS-POL-001"
      ownerHint="The owner keeps the clause 5.2 checklist; another AIMS manager approves."
      projectField={{ key: 'objectivesProjectKey', title: 'Jira project of the AI objectives' }}
      optionsSchema={policyConfigOptionsSchema}
    />
  );
}
