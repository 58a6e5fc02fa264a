import { useState } from 'react';
import type { CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { OnboardingStatus } from '../../../../src/ui-contract/onboarding-view';
import { projectListSchema } from '../../../../src/ui-contract/onboarding-view';
import { callResolver, Problem, TextField, useAction, useAsync, useI18n } from '../../../common';
import { SelectField } from '../../../common/SelectField';
import { fieldset, legend, row, stack } from '../../../common/styles';
import { Section } from '../Section';
import { useOnboarding } from './onboarding-context';

const answerSchema = projectListSchema.shape.projects.element;

const columns: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
  gap: token('space.200'),
};

/** Step 1: the Jira project of the AIMS — an existing company-managed one, or a new one. */
export function ProjectStep({ project }: { project: OnboardingStatus['project'] }) {
  const { t, tn } = useI18n();
  const { refresh } = useOnboarding();
  const projects = useAsync(() => callResolver('getProjects', projectListSchema, { query: '' }));
  const [chosen, setChosen] = useState('');
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [done, setDone] = useState<string | undefined>(undefined);
  const action = useAction();

  const act = (functionKey: string, payload: Record<string, unknown>): void => {
    setDone(undefined);
    void action.run(async () => {
      const answer = await callResolver(functionKey, answerSchema, payload);
      setDone(t('admin.project.done', { key: answer.key, name: answer.name }));
      refresh();
    });
  };

  const current = project.found;
  const list = projects.state.status === 'ready' ? projects.state.data : undefined;
  return (
    <Section id="project" title={t('admin.project.title')} intro={t('admin.project.intro')}>
      <p data-testid="project-current">
        {current
          ? current.companyManaged
            ? t('admin.project.inUse', { key: current.key, name: current.name })
            : t('admin.project.inUseTeamManaged', { key: current.key, name: current.name })
          : t('admin.project.inUseMissing', { key: project.key })}
      </p>
      <div style={columns}>
        <fieldset style={fieldset}>
          <legend style={legend}>{t('admin.project.existing')}</legend>
          <div style={stack}>
            {projects.state.status === 'error' && (
              <Problem error={projects.state.error} title={t('admin.project.listFailed')} />
            )}
            <SelectField
              id="onboarding-project"
              title={t('admin.project.project')}
              options={(list?.projects ?? []).map((p) => ({
                value: p.key,
                label: p.companyManaged
                  ? t('admin.project.option', { key: p.key, name: p.name })
                  : t('admin.project.optionTeamManaged', { key: p.key, name: p.name }),
              }))}
              value={chosen}
              onChange={(v) => setChosen(v ?? '')}
              placeholder={t('admin.project.choose')}
              hint={
                list && list.total > list.projects.length
                  ? tn('admin.project.firstOf', list.total, { shown: list.projects.length })
                  : undefined
              }
            />
            <div style={row}>
              <Button
                onClick={() => act('chooseProject', { projectKey: chosen })}
                isDisabled={action.running || !chosen}
              >
                {t('admin.project.use')}
              </Button>
            </div>
          </div>
        </fieldset>
        <form
          aria-label={t('admin.project.createForm')}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            act('createProject', { project: { key: key.trim().toUpperCase(), name } });
          }}
        >
          <fieldset style={fieldset}>
            <legend style={legend}>{t('admin.project.create')}</legend>
            <div style={stack}>
              <TextField
                id="new-project-key"
                title={t('admin.project.key')}
                value={key}
                hint={t('admin.project.keyHint')}
                onChange={setKey}
              />
              <TextField
                id="new-project-name"
                title={t('admin.project.name')}
                value={name}
                onChange={setName}
              />
              <div style={row}>
                <Button type="submit" isDisabled={action.running}>
                  {t('admin.project.createButton')}
                </Button>
              </div>
            </div>
          </fieldset>
        </form>
      </div>
      {action.error !== undefined && (
        <Problem error={action.error} title={t('admin.project.failed')} testId="project-problem" />
      )}
      {done && (
        <div role="status" data-testid="project-saved">
          <SectionMessage appearance="success">
            <p>{t('admin.project.next', { done })}</p>
          </SectionMessage>
        </div>
      )}
    </Section>
  );
}
