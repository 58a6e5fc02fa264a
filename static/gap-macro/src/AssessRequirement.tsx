import { useState } from 'react';
import Button from '@atlaskit/button/new';
import {
  Problem,
  TitledSection,
  callResolver,
  useAction,
  useI18n,
  useReportUnsaved,
} from '../../common';
import { SelectField } from '../../common/SelectField';
import { TextAreaField } from '../../common/TextAreaField';
import { muted, row } from '../../common/styles';
import { z } from 'zod';
import type { Requirement } from '../../../src/domain/catalog/requirements';
import { GAP_STATUSES } from '../../../src/domain/gap-analysis/gap-assessment';
import type { GapItem, GapStatus } from '../../../src/domain/gap-analysis/gap-assessment';
import { statusName } from './gap-status';

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
  const { t } = useI18n();
  const statusOptions = GAP_STATUSES.map((s) => ({ value: s, label: statusName(t, s) }));
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
  useReportUnsaved(
    `gap-${requirement.ref}`,
    dirty,
    t('gap.assess.unsaved', { ref: requirement.ref }),
    save,
  );
  return (
    <TitledSection
      titleId="gap-assess"
      title={t('gap.assess.title', { ref: requirement.ref, title: requirement.title })}
      testId="gap-assess"
    >
      <SelectField<GapStatus>
        id="gap-assess-status"
        title={t('gap.column.status')}
        options={statusOptions}
        value={status}
        onChange={(v) => setStatus(v ?? '')}
      />
      {status === 'not-applicable' ? (
        <TextAreaField
          id="gap-assess-text"
          title={t('gap.assess.justification')}
          value={justification}
          onChange={setJustification}
        />
      ) : status !== 'conformant' ? (
        <TextAreaField
          id="gap-assess-text"
          title={t('gap.assess.gap')}
          value={gap}
          onChange={setGap}
        />
      ) : null}
      <TextAreaField
        id="gap-assess-evidence"
        title={t('gap.column.evidence')}
        value={evidence}
        onChange={setEvidence}
        hint={t('gap.assess.evidenceHint')}
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
          {t('common.save')}
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        {!status && <span style={muted}>{t('gap.assess.chooseStatus')}</span>}
      </div>
      {error !== undefined && <Problem error={error} title={t('gap.assess.notSaved')} />}
    </TitledSection>
  );
}
