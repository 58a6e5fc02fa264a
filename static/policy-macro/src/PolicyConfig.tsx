import type { MacroFrameProps } from '../../common';
import { DocumentConfigForm } from '../../common/document-control/DocumentConfigForm';
import { policyConfigOptionsSchema } from '../../../src/ui-contract/policy-macro-view';

/**
 * The AI Policy macro's settings: the document, the review interval, the objectives. The owner is
 * not a setting (any page editor could change it): an AIMS manager sets it in the macro.
 */
export function PolicyConfig(props: MacroFrameProps) {
  return (
    <DocumentConfigForm
      {...props}
      label="AI policy settings"
      referencePlaceholder="AIMS-POL-001"
      projectField={{ key: 'objectivesProjectKey', title: 'Jira project of the AI objectives' }}
      optionsSchema={policyConfigOptionsSchema}
    />
  );
}
