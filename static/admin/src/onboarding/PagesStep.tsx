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
import type { Translator } from '../../../common';
import { callResolver, Loading, Problem, useAction, useAsync, useI18n } from '../../../common';
import { SelectField } from '../../../common/SelectField';
import { row } from '../../../common/styles';
import { Section } from '../Section';
import { useOnboarding } from './onboarding-context';

type T = Translator['t'];

const PAGE_LABELS: Record<(typeof ONBOARDING_PAGE_KINDS)[number], (t: T) => string> = {
  scope: (t) => t('admin.pages.kind.scope'),
  policy: (t) => t('admin.pages.kind.policy'),
  soa: (t) => t('admin.pages.kind.soa'),
  review: (t) => t('admin.pages.kind.review'),
};

/** Step 5: the AIMS pages in a Confluence space, made from templates with the app's macros. */
export function PagesStep({ pages }: { pages: OnboardingStatus['pages'] }) {
  const { t, tn } = useI18n();
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
    <Section id="pages" title={t('admin.pages.title')} intro={t('admin.pages.intro')}>
      <ul data-testid="pages-status">
        {ONBOARDING_PAGE_KINDS.map((kind) => (
          <li key={kind}>
            {pages.present.includes(kind)
              ? t('admin.pages.inPlace', { page: PAGE_LABELS[kind](t) })
              : t('admin.pages.toCreate', { page: PAGE_LABELS[kind](t) })}
          </li>
        ))}
      </ul>
      {spaces.state.status === 'loading' && <Loading label={t('admin.pages.loadingSpaces')} />}
      {spaces.state.status === 'error' && (
        <Problem error={spaces.state.error} title={t('admin.pages.spacesFailed')} />
      )}
      {list && (
        <SelectField
          id="onboarding-space"
          title={t('admin.pages.space')}
          options={list.spaces.map((s) => ({ value: s.id, label: `${s.name} (${s.key})` }))}
          value={spaceId}
          onChange={(v) => setSpaceId(v ?? '')}
          placeholder={t('admin.pages.chooseSpace')}
          hint={list.more ? tn('admin.pages.firstSpaces', list.spaces.length) : undefined}
        />
      )}
      <div style={row}>
        <Button appearance="primary" onClick={create} isDisabled={action.running || !spaceId}>
          {t('admin.pages.create')}
        </Button>
      </div>
      {action.running && <Loading label={t('admin.pages.creating')} />}
      {action.error !== undefined && (
        <Problem error={action.error} title={t('admin.pages.failed')} testId="pages-problem" />
      )}
      {outcome && (
        <div role="status" data-testid="pages-outcome">
          <SectionMessage appearance="success">
            <p>
              {created === 0
                ? t('admin.pages.noneCreated')
                : t('admin.pages.created', { created, total: outcome.pages.length })}
            </p>
            <ul>
              {outcome.pages.map((p) => (
                <li key={p.kind}>
                  {p.created
                    ? t('admin.pages.pageCreated', { title: p.title })
                    : t('admin.pages.pageFound', { title: p.title })}
                </li>
              ))}
            </ul>
          </SectionMessage>
        </div>
      )}
    </Section>
  );
}
