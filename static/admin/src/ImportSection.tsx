import { useState } from 'react';
import Button from '@atlaskit/button/new';
import TextArea from '@atlaskit/textarea';
import { z } from 'zod';
import { callResolver, detailsOf, downloadText, errorMessageOf, TextField } from '../../common';
import { importResultSchema } from './admin-schemas';
import type { Outcome } from './ImportOutcome';
import { ImportOutcome } from './ImportOutcome';
import { CSV_COLUMNS, csvTemplate, GRADES } from './csv-template';
import { Section } from './Section';
import { code, fieldError, label, note, row, stack } from '../../common/styles';

/** The same limits the server applies to the import's payload. */
const importInputSchema = z.object({
  csv: z
    .string()
    .min(1, 'Choose a CSV file or paste the findings')
    .max(400_000, 'The CSV file is too large (at most about 400 KB)'),
  auditKey: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/, 'The audit must be an issue key like AIMS-12')
    .optional(),
});

/** "Row 3: the summary is empty." → ["Row 3", "the summary is empty."]; other reasons stay whole. */
function splitRowProblem(detail: string): { row?: string; problem: string } {
  const match = /^((?:Row|Finding) \d+): (.*)$/s.exec(detail);
  return match?.[1] && match[2] ? { row: match[1], problem: match[2] } : { problem: detail };
}

/**
 * Findings from a CSV file: "Check" validates every row without creating anything; "Import"
 * creates them all, or none when any row has a problem (each shown with its row number).
 */
export function ImportSection({ projectKey }: { projectKey: string }) {
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
    const checked = importInputSchema.safeParse({ csv, ...(audit ? { auditKey: audit } : {}) });
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
        rows: split.flatMap((d) => (d.row ? [{ row: d.row, problem: d.problem }] : [])),
        other: split.flatMap((d) => (d.row ? [] : [d.problem])),
      });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Section
      id="import"
      title="Import findings from CSV"
      intro={`Bring an audit's findings into project ${projectKey} in one go. Every row is checked first: if any row has a problem, nothing is imported, and each problem is listed with its row number.`}
    >
      <div style={stack}>
        <p style={{ margin: 0 }}>
          Columns (header line first):{' '}
          {CSV_COLUMNS.map((c, i) => (
            <span key={c}>
              <code style={code}>{c}</code>
              {i < CSV_COLUMNS.length - 1 ? ', ' : ''}
            </span>
          ))}
          . Summary, grade and ISO reference are required. Grade is one of {GRADES.join(', ')}. The
          ISO reference is a clause or Annex A control such as 9.2 or A.6.2.4. Due date is written
          like 2026-03-31. Audit and AI system are issue keys of the project; leave audit empty to
          use the audit chosen below.
        </p>
        <div style={row}>
          <Button
            onClick={() => downloadText('aims-findings-template.csv', csvTemplate())}
            testId="download-template"
          >
            Download CSV template
          </Button>
        </div>
      </div>
      <form
        aria-label="Import findings"
        noValidate
        style={stack}
        onSubmit={(e) => {
          e.preventDefault();
          void run(false);
        }}
      >
        <div>
          <label htmlFor="findingsFile" style={label}>
            CSV file
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
              Read {fileName}; you can check or edit its text below.
            </p>
          )}
        </div>
        <div>
          <label htmlFor="findingsCsv" style={label}>
            Findings (CSV text)
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
            title="Audit (optional)"
            value={auditKey}
            placeholder="AIMS-12"
            hint="The Audit issue the findings were found in, for rows without an audit of their own."
            error={errors.auditKey}
            onChange={setAuditKey}
          />
        </div>
        <div style={row}>
          <Button onClick={() => void run(true)} isDisabled={busy !== undefined}>
            {busy === 'check' ? 'Checking…' : 'Check'}
          </Button>
          <Button type="submit" appearance="primary" isDisabled={busy !== undefined}>
            {busy === 'import' ? 'Importing…' : 'Import'}
          </Button>
        </div>
      </form>
      {outcome && <ImportOutcome outcome={outcome} />}
    </Section>
  );
}
