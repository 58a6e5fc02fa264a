/**
 * The Competence Record view (7.2, A.4.6): whose competence it evidences and until when, the
 * requirements of the AIMS roles it meets (its field "Competence requirements met", against the
 * list an AIMS manager keeps), and whether it counts today; a record that meets none says why and
 * how to fix it.
 */
import { AIMS_ROLE_DEFINITIONS } from '../domain/authorization';
import { utcDate } from '../domain/calendar';
import type { CompetenceCurrency } from '../domain/competence';
import {
  COMPETENCE_EXPIRY_WARNING_DAYS,
  competenceRecordStanding,
  requirementIdOfOption,
} from '../domain/competence';
import { COMPETENCE_RECORD_FIELD_KEYS, fieldDefinition } from '../jira/aims-schema';
import { panelFacts } from './panel-facts';
import type { PanelInputs } from './panel-inputs';
import { refOfIssue } from './panel-issue-ref';
import type { CompetenceRecordPanel } from './panel-types';

export const COMPETENCE_RECORD_PANEL_FIELDS = COMPETENCE_RECORD_FIELD_KEYS;

const SHOWN_FACTS = [
  'competencePerson',
  'competenceRole',
  'competenceKind',
  'competenceObtained',
  'competenceExpires',
] as const;

function currencyText(state: CompetenceCurrency, expires: string | null, today: string): string {
  switch (state) {
    case 'expired':
      return `Expired on ${expires ?? ''}: it no longer meets its requirements; record the renewed training or qualification on a new Competence Record.`;
    case 'expiring':
      return `Current on ${today}, but it expires on ${expires ?? ''}, within ${COMPETENCE_EXPIRY_WARNING_DAYS} days: a management review held today counts it as expiring.`;
    case 'noExpiry':
      return `Current on ${today}: it has no expiry date.`;
    case 'current':
      return `Current on ${today}: it expires on ${expires ?? ''}.`;
  }
}

export function buildCompetenceRecordPanel({
  issue,
  now,
  competenceRequirements = [],
}: PanelInputs): CompetenceRecordPanel {
  const today = utcDate(now);
  const named = issue.values.competenceMeets;
  const ids = (Array.isArray(named) ? named : []).flatMap((v) => {
    const id = requirementIdOfOption(v);
    return id === null ? [] : [id];
  });
  const until = issue.values.competenceExpires;
  const expires = typeof until === 'string' ? until : null;
  const standing = competenceRecordStanding(ids, competenceRequirements, expires, today);
  const field = fieldDefinition('competenceMeets').name;
  const meetsNone =
    standing.meets.length > 0
      ? null
      : competenceRequirements.length === 0
        ? `It meets no competence requirement: none is set yet. An AIMS manager sets the requirements of each AIMS role on the AIMS overview; then pick the ones this record meets in its field "${field}".`
        : `It meets no competence requirement, so the management review counts no one as competent through it: edit the record and pick the requirements it meets in its field "${field}".`;
  return {
    kind: 'competenceRecord',
    issue: refOfIssue(issue),
    facts: panelFacts(issue, SHOWN_FACTS),
    currency: { state: standing.currency, text: currencyText(standing.currency, expires, today) },
    meets: standing.meets.map((r) => ({
      id: r.id,
      title: r.title,
      role: AIMS_ROLE_DEFINITIONS[r.role].name,
    })),
    noLongerSet: standing.noLongerSet,
    meetsNone,
  };
}
