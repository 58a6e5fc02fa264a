import { useState } from 'react';
import type { CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { AIMS_ROLES, AIMS_ROLE_DEFINITIONS } from '../../../../src/domain/authorization';
import type { OnboardingStatus } from '../../../../src/ui-contract/onboarding-view';
import { callResolver, Problem, useAction, useI18n } from '../../../common';
import { fieldset, legend, row, stack } from '../../../common/styles';
import { appConfigSchema } from '../config-schema';
import { roleText } from '../role-text';
import { Section } from '../Section';
import { GroupPicker } from './GroupPicker';
import { useOnboarding } from './onboarding-context';

const grid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
  gap: token('space.150'),
};

/** Step 4: which Jira group gives each AIMS role (each must exist in Jira). */
export function RolesStep({ roles }: { roles: OnboardingStatus['roles'] }) {
  const { t } = useI18n();
  const { refresh } = useOnboarding();
  const [groups, setGroups] = useState<Record<string, string>>(() =>
    Object.fromEntries(roles.map((r) => [r.configKey, r.group])),
  );
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const missing = roles.filter((r) => !r.exists);

  const save = (): void => {
    setSaved(false);
    void action.run(async () => {
      await callResolver('saveRoleGroups', appConfigSchema, groups);
      setSaved(true);
      refresh();
    });
  };

  return (
    <Section id="roles" title={t('admin.roles.title')} intro={t('admin.roles.intro')}>
      {missing.length > 0 && (
        <div data-testid="roles-missing">
          <SectionMessage appearance="warning" title={t('admin.roles.missing')}>
            <ul>
              {missing.map((r) => (
                <li key={r.configKey}>{t('admin.roles.groupMissing', { group: r.group })}</li>
              ))}
            </ul>
          </SectionMessage>
        </div>
      )}
      <form
        aria-label={t('admin.roles.title')}
        noValidate
        style={stack}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <fieldset style={fieldset}>
          <legend style={legend}>{t('admin.roles.legend')}</legend>
          <div style={grid}>
            {AIMS_ROLES.map((role) => {
              const { configKey } = AIMS_ROLE_DEFINITIONS[role];
              const text = roleText(t, role);
              return (
                <GroupPicker
                  key={role}
                  id={`role-${configKey}`}
                  title={text.title}
                  value={groups[configKey] ?? ''}
                  hint={text.hint}
                  onChange={(group) => {
                    setSaved(false);
                    setGroups((g) => ({ ...g, [configKey]: group }));
                  }}
                />
              );
            })}
          </div>
        </fieldset>
        <div style={row}>
          <Button type="submit" appearance="primary" isDisabled={action.running}>
            {t('admin.roles.save')}
          </Button>
        </div>
      </form>
      {action.error !== undefined && (
        <Problem error={action.error} title={t('admin.roles.failed')} testId="roles-problem" />
      )}
      {saved && (
        <div role="status" data-testid="roles-saved">
          <SectionMessage appearance="success">
            <p>{t('admin.roles.saved')}</p>
          </SectionMessage>
        </div>
      )}
    </Section>
  );
}
