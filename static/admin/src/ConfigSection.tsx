import { useEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { AIMS_ROLES, AIMS_ROLE_DEFINITIONS } from '../../../src/domain/authorization';
import type { RoleGroups } from '../../../src/domain/authorization';
import type { AppConfig, IssueTypeKey } from './config-schema';
import { appConfigSchema, fieldErrorsOf, ISSUE_TYPES, zodDetails } from './config-schema';
import { callResolver, detailsOf, Problem, TextField } from '../../common';
import { isReservedJqlWord } from './jql-reserved-names';
import { Section } from './Section';
import { fieldset, legend, row, stack } from '../../common/styles';

const grid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
  gap: token('space.150'),
};

type DueKey = keyof AppConfig['dueDays'];

const DUE_FIELDS: { key: DueKey; label: string }[] = [
  { key: 'majorNonconformity', label: 'Major nonconformity' },
  { key: 'minorNonconformity', label: 'Minor nonconformity' },
  { key: 'correctiveAction', label: 'Corrective action' },
];

interface Draft {
  projectKey: string;
  issueTypeNames: Record<IssueTypeKey, string>;
  roleGroups: RoleGroups;
  dueDays: Record<DueKey, string>;
}

const draftOf = (config: AppConfig): Draft => ({
  projectKey: config.projectKey,
  issueTypeNames: { ...config.issueTypeNames },
  roleGroups: {
    managerGroup: config.managerGroup,
    topManagementGroup: config.topManagementGroup,
    auditorGroup: config.auditorGroup,
    memberGroup: config.memberGroup,
  },
  dueDays: {
    majorNonconformity: String(config.dueDays.majorNonconformity),
    minorNonconformity: String(config.dueDays.minorNonconformity),
    correctiveAction: String(config.dueDays.correctiveAction),
  },
});

const asNumber = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * The app's settings: checked here with the same rules the server applies, then saved by the
 * server (which checks again; its reasons are shown next to the fields they concern).
 */
export function ConfigSection({ config, onSaved }: { config: AppConfig; onSaved: () => void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(config));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  // Edits not saved yet; without any, the form follows the configuration as other steps change it.
  const dirty = useRef(false);
  useEffect(() => {
    if (!dirty.current) setDraft(draftOf(config));
  }, [config]);

  const update = (change: (d: Draft) => Draft): void => {
    dirty.current = true;
    setDraft(change);
    setSaved(false);
  };

  const save = async (): Promise<void> => {
    setFailure(undefined);
    setSaved(false);
    const candidate = {
      projectKey: draft.projectKey.trim().toUpperCase(),
      issueTypeNames: draft.issueTypeNames,
      ...draft.roleGroups,
      dueDays: {
        majorNonconformity: asNumber(draft.dueDays.majorNonconformity),
        minorNonconformity: asNumber(draft.dueDays.minorNonconformity),
        correctiveAction: asNumber(draft.dueDays.correctiveAction),
      },
    };
    const checked = appConfigSchema.safeParse(candidate);
    if (!checked.success) {
      setErrors(fieldErrorsOf(zodDetails(checked.error)));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const stored = await callResolver('saveConfig', appConfigSchema, { config: checked.data });
      setDraft(draftOf(stored));
      setSaved(true);
      dirty.current = false;
      onSaved();
    } catch (err) {
      const byField = fieldErrorsOf(detailsOf(err));
      setErrors(byField);
      setFailure(err);
    } finally {
      setSaving(false);
    }
  };

  const err = (path: string): string | undefined => errors[path];
  const reservedNames = ISSUE_TYPES.map((t) => draft.issueTypeNames[t.key].trim()).filter(
    isReservedJqlWord,
  );
  const errorCount = Object.keys(errors).length;

  return (
    <Section
      id="configuration"
      title="Configuration"
      intro="Which Jira project holds the AIMS, which Jira group gives each AIMS role, what its issue types are called, and how many days each kind of work gets. Provisioning uses these settings."
    >
      <form
        aria-label="AIMS configuration"
        noValidate
        style={stack}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div style={grid}>
          <TextField
            id="projectKey"
            title="Jira project key"
            value={draft.projectKey}
            error={err('projectKey')}
            hint="2–10 capital letters or digits, e.g. AIMS"
            onChange={(v) => update((d) => ({ ...d, projectKey: v }))}
          />
        </div>
        <fieldset style={fieldset}>
          <legend style={legend}>AIMS roles (Jira groups)</legend>
          <div style={grid}>
            {AIMS_ROLES.map((role) => {
              const { configKey, name, hint } = AIMS_ROLE_DEFINITIONS[role];
              return (
                <TextField
                  key={role}
                  id={configKey}
                  title={`${name.charAt(0).toUpperCase()}${name.slice(1)} group`}
                  value={draft.roleGroups[configKey]}
                  error={err(configKey)}
                  hint={hint}
                  onChange={(v) =>
                    update((d) => ({ ...d, roleGroups: { ...d.roleGroups, [configKey]: v } }))
                  }
                />
              );
            })}
          </div>
        </fieldset>
        <fieldset style={fieldset}>
          <legend style={legend}>Issue type names</legend>
          <div style={grid}>
            {ISSUE_TYPES.map((t) => (
              <TextField
                key={t.key}
                id={`issueType-${t.key}`}
                title={t.defaultName}
                value={draft.issueTypeNames[t.key]}
                error={err(`issueTypeNames.${t.key}`)}
                hint={`Default: ${t.defaultName}`}
                onChange={(v) =>
                  update((d) => ({ ...d, issueTypeNames: { ...d.issueTypeNames, [t.key]: v } }))
                }
              />
            ))}
          </div>
          {reservedNames.length > 0 && (
            <div data-testid="reserved-jql-names">
              <SectionMessage appearance="warning" title="A reserved word in JQL">
                <p>
                  {`${reservedNames.map((n) => `“${n}”`).join(', ')} ${reservedNames.length === 1 ? 'is a reserved word' : 'are reserved words'} in Jira's query language: people must put ${reservedNames.length === 1 ? 'it' : 'them'} in quotes in a search (issuetype = "${reservedNames[0] ?? ''}"). People do not expect that of a one-word name; a name of two words (like the default “AIMS Audit”) is quoted like the other AIMS types.`}
                </p>
              </SectionMessage>
            </div>
          )}
        </fieldset>
        <fieldset style={fieldset}>
          <legend style={legend}>Due in (days)</legend>
          <div style={grid}>
            {DUE_FIELDS.map((f) => (
              <TextField
                key={f.key}
                id={`dueDays-${f.key}`}
                title={f.label}
                type="number"
                value={draft.dueDays[f.key]}
                error={err(`dueDays.${f.key}`)}
                onChange={(v) => update((d) => ({ ...d, dueDays: { ...d.dueDays, [f.key]: v } }))}
              />
            ))}
          </div>
        </fieldset>
        {failure !== undefined && (
          <Problem
            error={failure}
            title="The configuration was not saved"
            testId="config-problem"
          />
        )}
        {failure === undefined && errorCount > 0 && (
          <div role="alert" data-testid="config-problem">
            <SectionMessage appearance="error" title="The configuration was not saved">
              <p>
                {errorCount === 1 ? 'One field needs' : `${errorCount} fields need`} correcting: see
                the messages next to them.
              </p>
            </SectionMessage>
          </div>
        )}
        {saved && (
          <div role="status" data-testid="config-saved">
            <SectionMessage appearance="success" title="Configuration saved">
              <p>Run provisioning to apply changed names or a new project to Jira.</p>
            </SectionMessage>
          </div>
        )}
        <div style={row}>
          <Button type="submit" appearance="primary" isDisabled={saving}>
            {saving ? 'Saving…' : 'Save configuration'}
          </Button>
        </div>
      </form>
    </Section>
  );
}
