import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Problem, TitledSection, callResolver, useAction, useReportUnsaved } from '../../common';
import { SelectField } from '../../common/SelectField';
import { TextAreaField } from '../../common/TextAreaField';
import { muted, row } from '../../common/styles';
import { z } from 'zod';
import type { Requirement } from '../../../src/domain/catalog/requirements';
import { GAP_STATUSES, GAP_STATUS_NAMES } from '../../../src/domain/gap-analysis/gap-assessment';
import type { GapItem, GapStatus } from '../../../src/domain/gap-analysis/gap-assessment';

const STATUS_OPTIONS = GAP_STATUSES.map((s) => ({ value: s, label: GAP_STATUS_NAMES[s] }));

/** "https://… label" per line ↔ evidence links. */
const evidenceText = (item: GapItem | undefined): string =>
  (item?.evidence ?? []).map((e) => (e.label ? `${e.url} ${e.label}` : e.url)).join('\n');
const evidenceOf = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [url = '', ...label] = line.split(/\s+/);
      return label.length > 0 ? { url, label: label.join(' ') } : { url };
    });

/** The form that assesses one requirement; the server checks it again and says what is missing. */
export function AssessRequirement({
  assessmentId,
  requirement,
  item,
  onClose,
  onSaved,
}: {
  assessmentId: string;
  requirement: Requirement;
  item: GapItem | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [status, setStatus] = useState<GapStatus | ''>(item?.status ?? '');
  const [gap, setGap] = useState(item?.gap ?? '');
  const [justification, setJustification] = useState(item?.justification ?? '');
  const [evidence, setEvidence] = useState(evidenceText(item));
  const { run, running, error } = useAction();
  const dirty =
    status !== (item?.status ?? '') ||
    gap !== (item?.gap ?? '') ||
    justification !== (item?.justification ?? '') ||
    evidence !== evidenceText(item);
  const save = async () => {
    await callResolver('assess', z.object({ saved: z.string() }), {
      assessmentId,
      ref: requirement.ref,
      item: {
        status,
        ...(status === 'not-applicable'
          ? { justification }
          : status === 'conformant'
            ? {}
            : { gap }),
        evidence: evidenceOf(evidence),
      },
    });
  };
  useReportUnsaved(`gap-${requirement.ref}`, dirty, `The assessment of ${requirement.ref}`, save);
  return (
    <TitledSection
      titleId="gap-assess"
      title={`Assess ${requirement.ref} ${requirement.title}`}
      testId="gap-assess"
    >
      <SelectField<GapStatus>
        id="gap-assess-status"
        title="Status"
        options={STATUS_OPTIONS}
        value={status}
        onChange={(v) => setStatus(v ?? '')}
      />
      {status === 'not-applicable' ? (
        <TextAreaField
          id="gap-assess-text"
          title="Justification (why it does not apply)"
          value={justification}
          onChange={setJustification}
        />
      ) : status !== 'conformant' ? (
        <TextAreaField
          id="gap-assess-text"
          title="Gap (what is missing)"
          value={gap}
          onChange={setGap}
        />
      ) : null}
      <TextAreaField
        id="gap-assess-evidence"
        title="Evidence"
        value={evidence}
        onChange={setEvidence}
        hint="One link per line: the web address, then a label if you like."
      />
      <div style={row}>
        <Button
          appearance="primary"
          isDisabled={!status}
          isLoading={running}
          onClick={() =>
            void run(async () => {
              await save();
              onSaved();
            })
          }
        >
          Save
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          Cancel
        </Button>
        {!status && <span style={muted}>Choose a status.</span>}
      </div>
      {error !== undefined && <Problem error={error} title="The assessment was not saved" />}
    </TitledSection>
  );
}
