import type { MacroFrameProps } from '../../common';
import { DocumentConfigForm } from '../../common/document-control/DocumentConfigForm';
import { scopeConfigOptionsSchema } from '../../../src/ui-contract/scope-macro-view';

/** The scope and context macro's settings: the document, its owner, its review, the AIMS project. */
export function ScopeConfig(props: MacroFrameProps) {
  return (
    <DocumentConfigForm
      {...props}
      label="AIMS scope and context settings"
      referencePlaceholder="AIMS-SCOPE-001"
      ownerHint="The owner keeps the scope and context; another AIMS manager approves."
      projectField={{ key: 'projectKey', title: 'Jira project of the AIMS' }}
      optionsSchema={scopeConfigOptionsSchema}
    />
  );
}
