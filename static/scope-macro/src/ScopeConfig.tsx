import type { MacroFrameProps } from '../../common';
import { useI18n } from '../../common';
import { DocumentConfigForm } from '../../common/document-control/DocumentConfigForm';
import { scopeConfigOptionsSchema } from '../../../src/ui-contract/scope-macro-view';

/**
 * The scope and context macro's settings: the document, its review, the AIMS project. The owner is
 * not a setting (any page editor could change it): an AIMS manager sets it in the macro.
 */
export function ScopeConfig(props: MacroFrameProps) {
  const { t } = useI18n();
  return (
    <DocumentConfigForm
      {...props}
      label={t('scope.config.label')}
      referencePlaceholder="AIMS-SCOPE-001"
      projectField={{ key: 'projectKey', title: t('scope.config.project') }}
      optionsSchema={scopeConfigOptionsSchema}
    />
  );
}
