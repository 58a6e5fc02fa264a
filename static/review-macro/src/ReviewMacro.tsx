import { useState } from 'react';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { Loading, useAsync, callResolver, Problem, useI18n } from '../../common';
import { Attendees } from './Attendees';
import { Decisions } from './Decisions';
import { EnteredInputs } from './EnteredInputs';
import { HoldReview } from './HoldReview';
import { AimsPerformance } from './AimsPerformance';
import { ImprovementOpportunities } from './ImprovementOpportunities';
import { PreviousActions } from './PreviousActions';
import { SealStatus } from '../../common/SealStatus';
import { ReviewStateBanner } from './ReviewStateBanner';
import { ScopeContextChanges } from './ScopeContextChanges';
import { reviewPeopleSchema, reviewViewSchema } from '../../../src/ui-contract/review-macro-view';
import { frame, heading, muted, row, stack } from '../../common/styles';

async function loadAll() {
  const view = await callResolver('getView', reviewViewSchema);
  const canEdit = view.configured && view.state === 'draft' && view.editBlockers.length === 0;
  const people = canEdit ? (await callResolver('getPeople', reviewPeopleSchema)).people : [];
  return { view, people };
}

/** The Management Review macro (9.3): inputs a–e, attendees, decisions, record as held. */
export function ReviewMacro() {
  const { state, reload } = useAsync(loadAll, []);
  const [lastAdded, setLastAdded] = useState<string | undefined>(undefined);
  const { t, date } = useI18n();
  if (state.status === 'loading') {
    return (
      <div style={frame}>
        <Loading label={t('review.loading')} />
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div style={frame}>
        <Problem error={state.error} title={t('review.loadFailed')} />
      </div>
    );
  }
  const { view, people } = state.data;
  if (!view.configured) {
    return (
      <div style={frame} data-testid="review-not-configured">
        <SectionMessage appearance="warning" title={t('review.notConfigured')}>
          <p>{view.message}</p>
        </SectionMessage>
      </div>
    );
  }
  return (
    <div style={{ ...frame, ...stack }} data-testid="review-macro">
      <div style={row}>
        <h2 style={heading}>{view.title}</h2>
        <Lozenge
          appearance={
            view.state === 'held' ? 'success' : view.state === 'tampered' ? 'removed' : 'inprogress'
          }
        >
          {view.state === 'held'
            ? t('review.state.held')
            : view.state === 'tampered'
              ? t('review.state.altered')
              : t('review.state.draft')}
        </Lozenge>
      </div>
      <p style={muted}>
        {t('review.period', {
          start: date(view.period.start),
          end: date(view.period.end),
          project: view.projectKey,
        })}
      </p>
      <SealStatus seal={view.seal} />
      <ReviewStateBanner view={view} />
      {view.inputs && (
        <>
          {view.state === 'draft' && view.inputs.missing.length > 0 && (
            <SectionMessage appearance="warning" title={t('review.missing')}>
              <ul>
                {view.inputs.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </SectionMessage>
          )}
          <h2 style={heading}>{t('review.inputs')}</h2>
          <PreviousActions view={view} inputs={view.inputs} />
          <ScopeContextChanges view={view} />
          <EnteredInputs
            key={`${view.entered.externalInternalIssues}|${view.entered.interestedParties}`}
            view={view}
            onSaved={reload}
          />
          <AimsPerformance view={view} inputs={view.inputs} />
          <ImprovementOpportunities inputs={view.inputs} searches={view.searches} />
          <h2 style={heading}>{t('review.results')}</h2>
          <Attendees
            key={view.attendees.map((a) => a.accountId).join(',')}
            view={view}
            people={people}
            onSaved={reload}
          />
          <Decisions
            view={view}
            people={people}
            lastAdded={lastAdded}
            onAdded={(key) => {
              setLastAdded(key);
              reload();
            }}
          />
          <HoldReview view={view} onHeld={reload} />
        </>
      )}
    </div>
  );
}
