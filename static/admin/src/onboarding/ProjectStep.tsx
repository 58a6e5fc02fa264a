import { useState } from 'react';
import type { CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { OnboardingStatus } from '../../../../src/ui-contract/onboarding-view';
import { projectListSchema } from '../../../../src/ui-contract/onboarding-view';
import { callResolver, Problem, TextField, useAction, useAsync } from '../../../common';
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
      setDone(`The AIMS now uses project ${answer.key} (${answer.name}).`);
      refresh();
    });
  };

  const current = project.found;
  const list = projects.state.status === 'ready' ? projects.state.data : undefined;
  return (
    <Section
      id="project"
      title="Jira project"
      intro="The company-managed Jira project that holds the AIMS records. Choose one you have, or create a new one (as you, with you as its lead)."
    >
      <p data-testid="project-current">
        {current
          ? `In use: ${current.key} (${current.name}), ${current.companyManaged ? 'company-managed' : 'team-managed — choose a company-managed project'}.`
          : `In use: ${project.key}, which does not exist in Jira (or you cannot see it) — choose or create one.`}
      </p>
      <div style={columns}>
        <fieldset style={fieldset}>
          <legend style={legend}>Use an existing project</legend>
          <div style={stack}>
            {projects.state.status === 'error' && (
              <Problem error={projects.state.error} title="The projects could not be listed" />
            )}
            <SelectField
              id="onboarding-project"
              title="Project"
              options={(list?.projects ?? []).map((p) => ({
                value: p.key,
                label: `${p.key} — ${p.name}${p.companyManaged ? '' : ' (team-managed)'}`,
              }))}
              value={chosen}
              onChange={(v) => setChosen(v ?? '')}
              placeholder="Choose a project"
              hint={
                list && list.total > list.projects.length
                  ? `The first ${list.projects.length} of ${list.total} projects, by key.`
                  : undefined
              }
            />
            <div style={row}>
              <Button
                onClick={() => act('chooseProject', { projectKey: chosen })}
                isDisabled={action.running || !chosen}
              >
                Use this project
              </Button>
            </div>
          </div>
        </fieldset>
        <form
          aria-label="Create a Jira project"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            act('createProject', { project: { key: key.trim().toUpperCase(), name } });
          }}
        >
          <fieldset style={fieldset}>
            <legend style={legend}>Create a project</legend>
            <div style={stack}>
              <TextField
                id="new-project-key"
                title="Key"
                value={key}
                hint="2–10 capital letters or digits, starting with a letter, e.g. AIMS"
                onChange={setKey}
              />
              <TextField id="new-project-name" title="Name" value={name} onChange={setName} />
              <div style={row}>
                <Button type="submit" isDisabled={action.running}>
                  Create the project
                </Button>
              </div>
            </div>
          </fieldset>
        </form>
      </div>
      {action.error !== undefined && (
        <Problem error={action.error} title="The project was not set" testId="project-problem" />
      )}
      {done && (
        <div role="status" data-testid="project-saved">
          <SectionMessage appearance="success">
            <p>{done} Next, provision it.</p>
          </SectionMessage>
        </div>
      )}
    </Section>
  );
}
