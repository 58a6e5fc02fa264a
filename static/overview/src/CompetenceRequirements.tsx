import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { z } from 'zod';
import type { Translator } from '../../common';
import {
  Loading,
  NativeSelectField,
  Problem,
  TextField,
  TitledSection,
  callResolver,
  useAction,
  useAsync,
  useI18n,
} from '../../common';
import { note, row, stack } from '../../common/styles';
import type { AimsRole } from '../../../src/domain/authorization';
import { AIMS_ROLES } from '../../../src/domain/authorization';
import type { CompetenceRequirement } from '../../../src/domain/competence';
import { competenceRequirementSchema } from '../../../src/domain/competence';
import { bodyCell, headCell } from './table-styles';

const answerSchema = z.object({ requirements: z.array(competenceRequirementSchema) });
const gapSchema = z.object({
  role: z.string(),
  id: z.string(),
  missing: z.number().nullable(),
  of: z.number().nullable(),
});
const viewSchema = answerSchema.extend({
  editBlockers: z.array(z.string()),
  gaps: z.array(gapSchema),
});
type Gap = z.infer<typeof gapSchema>;

/** "2 of 5 people", "none of 3", or why it is not known. */
function gapText(gap: Gap | undefined): string {
  if (!gap || gap.missing === null || gap.of === null)
    return "Not known to you (you may not list the role's group)";
  if (gap.of === 0) return "Nobody is in the role's group";
  if (gap.missing === 0) return `None of ${gap.of}`;
  return `${gap.missing} of ${gap.of} ${gap.of === 1 ? 'person' : 'people'}`;
}

const EMPTY: CompetenceRequirement = { id: '', role: 'manager', title: '' };

/** An AIMS role's name in the viewer's language. */
const ROLE_NAMES: Readonly<Record<AimsRole, (t: Translator['t']) => string>> = {
  manager: (t) => t('overview.role.manager'),
  topManagement: (t) => t('overview.role.topManagement'),
  auditor: (t) => t('overview.role.auditor'),
  member: (t) => t('overview.role.member'),
};

function AddRequirement({
  list,
  onSaved,
}: {
  list: readonly CompetenceRequirement[];
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(EMPTY);
  const action = useAction();
  return (
    <form
      style={stack}
      aria-label={t('overview.competence.addLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        void action
          .run(async () => {
            await callResolver('saveCompetenceRequirements', answerSchema, {
              requirements: [...list, draft],
            });
          })
          .then((ok) => {
            if (ok) {
              setDraft(EMPTY);
              onSaved();
            }
          });
      }}
    >
      <NativeSelectField
        id="competence-role"
        title={t('overview.competence.role')}
        options={AIMS_ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r](t) }))}
        value={draft.role}
        onChange={(role) => setDraft((d) => ({ ...d, role }))}
      />
      <TextField
        id="competence-title"
        title={t('overview.competence.requirement')}
        value={draft.title}
        onChange={(title) => setDraft((d) => ({ ...d, title }))}
      />
      <TextField
        id="competence-id"
        title={t('overview.competence.id')}
        hint={t('overview.competence.idHint')}
        value={draft.id}
        onChange={(id) => setDraft((d) => ({ ...d, id }))}
      />
      {action.error !== undefined && (
        <Problem title={t('overview.competence.notSaved')} error={action.error} />
      )}
      <div style={row}>
        <Button type="submit" appearance="primary" isDisabled={action.running}>
          {t('overview.competence.add')}
        </Button>
      </div>
    </form>
  );
}

/** The competence requirements per AIMS role (7.2 a, A.4.6); AIMS managers keep them. */
export function CompetenceRequirements() {
  const { t } = useI18n();
  const { state, reload } = useAsync(
    () => callResolver('getCompetenceRequirements', viewSchema),
    [],
  );
  const remove = useAction();
  const canEdit = state.status === 'ready' && state.data.editBlockers.length === 0;
  const removeOne = (list: readonly CompetenceRequirement[], gone: CompetenceRequirement) =>
    void remove
      .run(async () => {
        await callResolver('saveCompetenceRequirements', answerSchema, {
          requirements: list.filter((r) => r !== gone),
        });
      })
      .then((ok) => ok && reload());
  return (
    <TitledSection
      titleId="competence-requirements"
      title={t('overview.competence.title')}
      level="h2"
      testId="competence-requirements"
    >
      <div style={stack}>
        <p style={note}>{t('overview.competence.intro')}</p>
        {state.status === 'loading' && <Loading label={t('overview.competence.loading')} />}
        {state.status === 'error' && (
          <Problem title={t('overview.competence.loadFailed')} error={state.error} />
        )}
        {state.status === 'ready' && (
          <>
            {state.data.requirements.length === 0 ? (
              <p style={note}>{t('overview.competence.empty')}</p>
            ) : (
              <table
                style={{ borderCollapse: 'collapse', width: '100%' }}
                data-testid="competence-requirements-table"
              >
                <thead>
                  <tr>
                    {[
                      t('overview.competence.role'),
                      t('overview.competence.requirement'),
                      t('overview.competence.withoutRecord'),
                      ...(canEdit ? [t('overview.change')] : []),
                    ].map((h) => (
                      <th key={h} scope="col" style={headCell}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {state.data.requirements.map((r) => (
                    <tr key={`${r.role}:${r.id}`}>
                      <td style={bodyCell}>{ROLE_NAMES[r.role](t)}</td>
                      <th scope="row" style={{ ...bodyCell, textAlign: 'left' }}>
                        {r.title}
                      </th>
                      <td style={bodyCell}>
                        {gapText(state.data.gaps.find((g) => g.role === r.role && g.id === r.id))}
                      </td>
                      {canEdit && (
                        <td style={bodyCell}>
                          <Button
                            appearance="subtle"
                            isDisabled={remove.running}
                            onClick={() => removeOne(state.data.requirements, r)}
                          >
                            {t('overview.remove')}
                            <span className="visually-hidden"> {r.title}</span>
                          </Button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {remove.error !== undefined && (
              <Problem title={t('overview.competence.notRemoved')} error={remove.error} />
            )}
            {canEdit ? (
              <AddRequirement list={state.data.requirements} onSaved={reload} />
            ) : (
              <SectionMessage
                appearance="information"
                title={t('overview.competence.managersOnly')}
              >
                <p>{state.data.editBlockers.join(' ')}</p>
              </SectionMessage>
            )}
          </>
        )}
      </div>
    </TitledSection>
  );
}
