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
import {
  competenceRequirementLabel,
  competenceRequirementSchema,
} from '../../../src/domain/competence';
import { bodyCell, headCell } from './table-styles';

const answerSchema = z.object({ requirements: z.array(competenceRequirementSchema) });
const viewSchema = answerSchema.extend({ editBlockers: z.array(z.string()) });

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
        hint="Lower-case words joined by hyphens; a Competence Record meets it with the label aims-competence-req-<id>."
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
          What each AIMS role must be competent in. The management review counts, per requirement,
          the people of the role without a current Competence Record for it (9.3.2 d).
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
                      'Label on a Competence Record',
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
                      <td style={bodyCell}>{competenceRequirementLabel(r.id)}</td>
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
