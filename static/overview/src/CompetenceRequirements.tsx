import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { z } from 'zod';
import {
  Loading,
  Problem,
  TextField,
  TitledSection,
  callResolver,
  useAction,
  useAsync,
} from '../../common';
import { label, nativeSelect, note, row, stack } from '../../common/styles';
import { AIMS_ROLES, AIMS_ROLE_DEFINITIONS } from '../../../src/domain/authorization';
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

function AddRequirement({
  list,
  onSaved,
}: {
  list: readonly CompetenceRequirement[];
  onSaved: () => void;
}) {
  const [draft, setDraft] = useState(EMPTY);
  const action = useAction();
  return (
    <form
      style={stack}
      aria-label="Add a competence requirement"
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
      <div>
        <label htmlFor="competence-role" style={label}>
          AIMS role
        </label>
        <select
          id="competence-role"
          style={nativeSelect}
          value={draft.role}
          onChange={(e) => {
            const role = e.currentTarget.value as CompetenceRequirement['role'];
            setDraft((d) => ({ ...d, role }));
          }}
        >
          {AIMS_ROLES.map((r) => (
            <option key={r} value={r}>
              {AIMS_ROLE_DEFINITIONS[r].name}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id="competence-title"
        title="Requirement"
        value={draft.title}
        onChange={(title) => setDraft((d) => ({ ...d, title }))}
      />
      <TextField
        id="competence-id"
        title="Requirement id"
        hint="Lower-case words joined by hyphens. A Competence Record meets the requirement when its field Competence requirements met names it."
        value={draft.id}
        onChange={(id) => setDraft((d) => ({ ...d, id }))}
      />
      {action.error !== undefined && (
        <Problem title="The requirement was not saved" error={action.error} />
      )}
      <div style={row}>
        <Button type="submit" appearance="primary" isDisabled={action.running}>
          Add requirement
        </Button>
      </div>
    </form>
  );
}

/** The competence requirements per AIMS role (7.2 a, A.4.6); AIMS managers keep them. */
export function CompetenceRequirements() {
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
      title="Competence requirements (7.2, A.4.6)"
      level="h2"
      testId="competence-requirements"
    >
      <div style={stack}>
        <p style={note}>
          What each AIMS role must be competent in. A Competence Record meets a requirement when its
          field &quot;Competence requirements met&quot; names it and it has not expired; the
          management review counts, per requirement, the people of the role without one (9.3.2 d).
        </p>
        {state.status === 'loading' && <Loading label="Loading the competence requirements" />}
        {state.status === 'error' && (
          <Problem title="The competence requirements could not be loaded" error={state.error} />
        )}
        {state.status === 'ready' && (
          <>
            {state.data.requirements.length === 0 ? (
              <p style={note}>No competence requirement is set yet.</p>
            ) : (
              <table
                style={{ borderCollapse: 'collapse', width: '100%' }}
                data-testid="competence-requirements-table"
              >
                <thead>
                  <tr>
                    {[
                      'AIMS role',
                      'Requirement',
                      'People of the role without a current record',
                      ...(canEdit ? ['Change'] : []),
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
                      <td style={bodyCell}>{AIMS_ROLE_DEFINITIONS[r.role].name}</td>
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
                            Remove<span className="visually-hidden"> {r.title}</span>
                          </Button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {remove.error !== undefined && (
              <Problem title="The requirement was not removed" error={remove.error} />
            )}
            {canEdit ? (
              <AddRequirement list={state.data.requirements} onSaved={reload} />
            ) : (
              <SectionMessage
                appearance="information"
                title="Only AIMS managers change the competence requirements"
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
