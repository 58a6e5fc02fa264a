import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { z } from 'zod';
import type { OnboardingStatus } from '../../../../src/ui-contract/onboarding-view';
import {
  aimsPagesOutcomeSchema,
  ONBOARDING_PAGE_KINDS,
  spaceListSchema,
} from '../../../../src/ui-contract/onboarding-view';
import { callResolver, Loading, Problem, useAction, useAsync } from '../../../common';
import { SelectField } from '../../../common/SelectField';
import { row } from '../../../common/styles';
import { Section } from '../Section';
import { useOnboarding } from './onboarding-context';

const PAGE_LABELS: Record<(typeof ONBOARDING_PAGE_KINDS)[number], string> = {
  scope: 'Scope and context (4.1–4.3)',
  policy: 'AI policy (5.2)',
  soa: 'Statement of Applicability (6.1.3)',
  review: 'Management review (9.3)',
};

/** Step 5: the AIMS pages in a Confluence space, made from templates with the app's macros. */
export function PagesStep({ pages }: { pages: OnboardingStatus['pages'] }) {
  const { refresh } = useOnboarding();
  const spaces = useAsync(() => callResolver('getSpaces', spaceListSchema));
  const [spaceId, setSpaceId] = useState(pages.spaceId ?? '');
  const [outcome, setOutcome] = useState<z.infer<typeof aimsPagesOutcomeSchema> | undefined>();
  const action = useAction();

  const create = (): void => {
    setOutcome(undefined);
    void action.run(async () => {
      setOutcome(await callResolver('createAimsPages', aimsPagesOutcomeSchema, { spaceId }));
      refresh();
    });
  };

  const list = spaces.state.status === 'ready' ? spaces.state.data : undefined;
  const created = outcome?.pages.filter((p) => p.created).length ?? 0;
  return (
    <Section
      id="pages"
      title="Confluence pages"
      intro="Creates, as you, the AIMS pages in the space you choose, each with the app's macro set up for this project. Pages already there are found and kept; only missing ones are created."
    >
      <ul data-testid="pages-status">
        {ONBOARDING_PAGE_KINDS.map((kind) => (
          <li key={kind}>
            {`${PAGE_LABELS[kind]}: ${pages.present.includes(kind) ? 'in place' : 'to create'}`}
          </li>
        ))}
      </ul>
      {spaces.state.status === 'loading' && <Loading label="Loading the Confluence spaces" />}
      {spaces.state.status === 'error' && (
        <Problem error={spaces.state.error} title="The Confluence spaces could not be listed" />
      )}
      {list && (
        <SelectField
          id="onboarding-space"
          title="Confluence space"
          options={list.spaces.map((s) => ({ value: s.id, label: `${s.name} (${s.key})` }))}
          value={spaceId}
          onChange={(v) => setSpaceId(v ?? '')}
          placeholder="Choose a space"
          hint={list.more ? `The first ${list.spaces.length} spaces, by name.` : undefined}
        />
      )}
      <div style={row}>
        <Button appearance="primary" onClick={create} isDisabled={action.running || !spaceId}>
          Create the AIMS pages
        </Button>
      </div>
      {action.running && <Loading label="Creating the pages" />}
      {action.error !== undefined && (
        <Problem
          error={action.error}
          title="The pages were not all created"
          testId="pages-problem"
        />
      )}
      {outcome && (
        <div role="status" data-testid="pages-outcome">
          <SectionMessage appearance="success">
            <p>
              {created === 0
                ? 'Every AIMS page was already there: nothing was created.'
                : `${created} of ${outcome.pages.length} pages created; the others were already there.`}
            </p>
            <ul>
              {outcome.pages.map((p) => (
                <li key={p.kind}>{`${p.title}: ${p.created ? 'created' : 'found'}`}</li>
              ))}
            </ul>
          </SectionMessage>
        </div>
      )}
    </Section>
  );
}
