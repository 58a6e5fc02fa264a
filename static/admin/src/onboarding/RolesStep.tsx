import { useState } from 'react';
import type { CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { AIMS_ROLES, AIMS_ROLE_DEFINITIONS } from '../../../../src/domain/authorization';
import type { OnboardingStatus } from '../../../../src/ui-contract/onboarding-view';
import { callResolver, Problem, useAction } from '../../../common';
import { fieldset, legend, row, stack } from '../../../common/styles';
import { appConfigSchema } from '../config-schema';
import { Section } from '../Section';
import { GroupPicker } from './GroupPicker';
import { useOnboarding } from './onboarding-context';

const grid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
  gap: token('space.150'),
};

const capitalized = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** Step 4: which Jira group gives each AIMS role (each must exist in Jira). */
export function RolesStep({ roles }: { roles: OnboardingStatus['roles'] }) {
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
    <Section
      id="roles"
      title="AIMS roles"
      intro="Who holds each AIMS role: everyone in the Jira group you choose. The groups are read from Jira as you; manage their members in Atlassian administration."
    >
      {missing.length > 0 && (
        <div data-testid="roles-missing">
          <SectionMessage appearance="warning" title="Some roles have no Jira group yet">
            <ul>
              {missing.map((r) => (
                <li key={r.configKey}>{`“${r.group}” does not exist in Jira.`}</li>
              ))}
            </ul>
          </SectionMessage>
        </div>
      )}
      <form
        aria-label="AIMS roles"
        noValidate
        style={stack}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <fieldset style={fieldset}>
          <legend style={legend}>The Jira group of each role</legend>
          <div style={grid}>
            {AIMS_ROLES.map((role) => {
              const { configKey, name, hint } = AIMS_ROLE_DEFINITIONS[role];
              return (
                <GroupPicker
                  key={role}
                  id={`role-${configKey}`}
                  title={capitalized(name)}
                  value={groups[configKey] ?? ''}
                  hint={hint}
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
            Save the roles
          </Button>
        </div>
      </form>
      {action.error !== undefined && (
        <Problem error={action.error} title="The roles were not saved" testId="roles-problem" />
      )}
      {saved && (
        <div role="status" data-testid="roles-saved">
          <SectionMessage appearance="success">
            <p>The AIMS roles are saved.</p>
          </SectionMessage>
        </div>
      )}
    </Section>
  );
}
