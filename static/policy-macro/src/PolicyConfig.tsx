import type { MacroFrameProps } from '../../common';
import { useI18n } from '../../common';
import { DocumentConfigForm } from '../../common/document-control/DocumentConfigForm';
import { policyConfigOptionsSchema } from '../../../src/ui-contract/policy-macro-view';

/**
 * The AI Policy macro's settings: the document, the review interval, the objectives. The owner is
 * not a setting (any page editor could change it): an AIMS manager sets it in the macro.
 */
export function PolicyConfig(props: MacroFrameProps) {
  const { t } = useI18n();
  return (
    <DocumentConfigForm
      {...props}
      label={t('policy.config.label')}
      referencePlaceholder="AIMS-POL-001"
      projectField={{ key: 'objectivesProjectKey', title: t('policy.config.project') }}
      optionsSchema={policyConfigOptionsSchema}
    />
  );
}
