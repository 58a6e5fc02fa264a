import { useState } from 'react';
import Button from '@atlaskit/button/new';
import TextArea from '@atlaskit/textarea';
import { z } from 'zod';
import type { Translator } from '../../common';
import {
  callResolver,
  detailsOf,
  downloadText,
  errorMessageOf,
  TextField,
  useI18n,
} from '../../common';
import { importResultSchema } from './admin-schemas';
import type { Outcome, RowProblem } from './ImportOutcome';
import { ImportOutcome } from './ImportOutcome';
import { CSV_COLUMNS, csvTemplate, GRADES } from './csv-template';
import { Section } from './Section';
import { code, fieldError, label, note, row, stack } from '../../common/styles';

/** The same limits the server applies to the import's payload, said in the viewer's language. */
const importInputSchemaOf = (t: Translator['t']) =>
  z.object({
    csv: z
      .string()
      .min(1, t('admin.import.error.empty'))
      .max(400_000, t('admin.import.error.large')),
    auditKey: z
      .string()
      .trim()
      .regex(/^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/, t('admin.import.error.auditKey'))
      .optional(),
  });

/** "Row 3: the summary is empty." → row 3, "the summary is empty."; other reasons stay whole. */
function splitRowProblem(detail: string): RowProblem | string {
  const match = /^(Row|Finding) (\d+): (.*)$/s.exec(detail);
  if (!match?.[1] || !match[2] || !match[3]) return detail;
  return {
    kind: match[1] === 'Row' ? 'row' : 'finding',
    number: Number(match[2]),
    problem: match[3],
  };
}

/**
 * Findings from a CSV file: "Check" validates every row without creating anything; "Import"
 * creates them all, or none when any row has a problem (each shown with its row number).
 */
export function ImportSection({ projectKey }: { projectKey: string }) {
  const { t } = useI18n();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  const [auditKey, setAuditKey] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<'check' | 'import' | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);

  const readFile = async (file: File | undefined): Promise<void> => {
    setOutcome(undefined);
    if (!file) return;
    setFileName(file.name);
    setCsv(await file.text());
  };

  const run = async (dryRun: boolean): Promise<void> => {
    setOutcome(undefined);
    const audit = auditKey.trim().toUpperCase();
    const checked = importInputSchemaOf(t).safeParse({
      csv,
      ...(audit ? { auditKey: audit } : {}),
    });
    if (!checked.success) {
      setErrors(
        Object.fromEntries(checked.error.issues.map((i) => [String(i.path[0] ?? ''), i.message])),
      );
      return;
    }
    setErrors({});
    setBusy(dryRun ? 'check' : 'import');
    try {
      const result = await callResolver('importFindingsCsv', importResultSchema, {
        ...checked.data,
        dryRun,
      });
      setOutcome({ kind: 'result', result });
    } catch (err) {
      const split = detailsOf(err).map(splitRowProblem);
      setOutcome({
        kind: 'refused',
        error: errorMessageOf(err),
        rows: split.flatMap((d) => (typeof d === 'string' ? [] : [d])),
        other: split.flatMap((d) => (typeof d === 'string' ? [d] : [])),
      });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Section
      id="import"
      title={t('admin.import.title')}
      intro={t('admin.import.intro', { projectKey })}
    >
      <div style={stack}>
        <p style={{ margin: 0 }}>
          {t('admin.import.columns')}{' '}
          {CSV_COLUMNS.map((c, i) => (
            <span key={c}>
              <code style={code}>{c}</code>
              {i < CSV_COLUMNS.length - 1 ? ', ' : ''}
            </span>
          ))}
          . {t('admin.import.columnsHelp', { grades: GRADES.join(', ') })}
        </p>
        <div style={row}>
          <Button
            onClick={() => downloadText('aims-findings-template.csv', csvTemplate(t))}
            testId="download-template"
          >
            {t('admin.import.template')}
          </Button>
        </div>
      </div>
      <form
        aria-label={t('admin.import.form')}
        noValidate
        style={stack}
        onSubmit={(e) => {
          e.preventDefault();
          void run(false);
        }}
      >
        <div>
          <label htmlFor="findingsFile" style={label}>
            {t('admin.import.file')}
          </label>
          <input
            id="findingsFile"
            name="findingsFile"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => void readFile(e.currentTarget.files?.[0])}
          />
          {fileName && (
            <p style={note} role="status">
              {t('admin.import.fileRead', { fileName })}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="findingsCsv" style={label}>
            {t('admin.import.text')}
          </label>
          <TextArea
            id="findingsCsv"
            name="findingsCsv"
            value={csv}
            minimumRows={6}
            resize="vertical"
            isMonospaced
            isInvalid={Boolean(errors.csv)}
            aria-invalid={errors.csv ? true : undefined}
            aria-describedby={errors.csv ? 'findingsCsv-error' : undefined}
            placeholder={CSV_COLUMNS.join(',')}
            onChange={(e) => {
              setCsv(e.currentTarget.value);
              setOutcome(undefined);
            }}
          />
          {errors.csv && (
            <p id="findingsCsv-error" style={fieldError}>
              {errors.csv}
            </p>
          )}
        </div>
        <div style={{ maxWidth: 320 }}>
          <TextField
            id="importAuditKey"
            title={t('admin.import.audit')}
            value={auditKey}
            placeholder="AIMS-12"
            hint={t('admin.import.auditHint')}
            error={errors.auditKey}
            onChange={setAuditKey}
          />
        </div>
        <div style={row}>
          <Button onClick={() => void run(true)} isDisabled={busy !== undefined}>
            {busy === 'check' ? t('admin.import.checking') : t('admin.import.check')}
          </Button>
          <Button type="submit" appearance="primary" isDisabled={busy !== undefined}>
            {busy === 'import' ? t('admin.import.importing') : t('admin.import.import')}
          </Button>
        </div>
      </form>
      {outcome && <ImportOutcome outcome={outcome} />}
    </Section>
  );
}
