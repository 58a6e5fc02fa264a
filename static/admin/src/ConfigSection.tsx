import { useEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { AIMS_ROLES, AIMS_ROLE_DEFINITIONS } from '../../../src/domain/authorization';
import type { RoleGroups } from '../../../src/domain/authorization';
import type { AppConfig, IssueTypeKey } from './config-schema';
import {
  appConfigSchema,
  configSchemaOf,
  fieldErrorsOf,
  ISSUE_TYPES,
  zodDetails,
} from './config-schema';
import type { Translator } from '../../common';
import { callResolver, detailsOf, Problem, TextField, useI18n } from '../../common';
import { issueTypeTitle } from './issue-type-titles';
import { roleText } from './role-text';
import { isReservedJqlWord } from './jql-reserved-names';
import { Section } from './Section';
import { fieldset, legend, row, stack } from '../../common/styles';

const grid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
  gap: token('space.150'),
};

type DueKey = keyof AppConfig['dueDays'];

const DUE_FIELDS: { key: DueKey; label: (t: Translator['t']) => string }[] = [
  { key: 'majorNonconformity', label: (t) => t('admin.config.due.major') },
  { key: 'minorNonconformity', label: (t) => t('admin.config.due.minor') },
  { key: 'correctiveAction', label: (t) => t('admin.config.due.corrective') },
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
  const { t, tn } = useI18n();
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
    const checked = configSchemaOf(t).safeParse(candidate);
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
    <Section id="configuration" title={t('admin.config.title')} intro={t('admin.config.intro')}>
      <form
        aria-label={t('admin.config.form')}
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
            title={t('admin.config.projectKey')}
            value={draft.projectKey}
            error={err('projectKey')}
            hint={t('admin.config.projectKeyHint')}
            onChange={(v) => update((d) => ({ ...d, projectKey: v }))}
          />
        </div>
        <fieldset style={fieldset}>
          <legend style={legend}>{t('admin.config.roles')}</legend>
          <div style={grid}>
            {AIMS_ROLES.map((role) => {
              const { configKey } = AIMS_ROLE_DEFINITIONS[role];
              const text = roleText(t, role);
              return (
                <TextField
                  key={role}
                  id={configKey}
                  title={text.group}
                  value={draft.roleGroups[configKey]}
                  error={err(configKey)}
                  hint={text.hint}
                  onChange={(v) =>
                    update((d) => ({ ...d, roleGroups: { ...d.roleGroups, [configKey]: v } }))
                  }
                />
              );
            })}
          </div>
        </fieldset>
        <fieldset style={fieldset}>
          <legend style={legend}>{t('admin.config.issueTypes')}</legend>
          <div style={grid}>
            {ISSUE_TYPES.map((type) => (
              <TextField
                key={type.key}
                id={`issueType-${type.key}`}
                title={issueTypeTitle(t, type.key)}
                value={draft.issueTypeNames[type.key]}
                error={err(`issueTypeNames.${type.key}`)}
                hint={t('admin.config.defaultName', { name: type.defaultName })}
                onChange={(v) =>
                  update((d) => ({
                    ...d,
                    issueTypeNames: { ...d.issueTypeNames, [type.key]: v },
                  }))
                }
              />
            ))}
          </div>
          {reservedNames.length > 0 && (
            <div data-testid="reserved-jql-names">
              <SectionMessage appearance="warning" title={t('admin.config.reserved.title')}>
                <p>
                  {tn('admin.config.reserved.text', reservedNames.length, {
                    names: reservedNames
                      .map((name) => t('admin.config.reserved.quoted', { name }))
                      .join(', '),
                    example: reservedNames[0] ?? '',
                  })}
                </p>
              </SectionMessage>
            </div>
          )}
        </fieldset>
        <fieldset style={fieldset}>
          <legend style={legend}>{t('admin.config.dueIn')}</legend>
          <div style={grid}>
            {DUE_FIELDS.map((f) => (
              <TextField
                key={f.key}
                id={`dueDays-${f.key}`}
                title={f.label(t)}
                type="number"
                value={draft.dueDays[f.key]}
                error={err(`dueDays.${f.key}`)}
                onChange={(v) => update((d) => ({ ...d, dueDays: { ...d.dueDays, [f.key]: v } }))}
              />
            ))}
          </div>
        </fieldset>
        {failure !== undefined && (
          <Problem error={failure} title={t('admin.config.notSaved')} testId="config-problem" />
        )}
        {failure === undefined && errorCount > 0 && (
          <div role="alert" data-testid="config-problem">
            <SectionMessage appearance="error" title={t('admin.config.notSaved')}>
              <p>{tn('admin.config.fieldErrors', errorCount)}</p>
            </SectionMessage>
          </div>
        )}
        {saved && (
          <div role="status" data-testid="config-saved">
            <SectionMessage appearance="success" title={t('admin.config.saved')}>
              <p>{t('admin.config.savedText')}</p>
            </SectionMessage>
          </div>
        )}
        <div style={row}>
          <Button type="submit" appearance="primary" isDisabled={saving}>
            {saving ? t('admin.config.saving') : t('admin.config.save')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
