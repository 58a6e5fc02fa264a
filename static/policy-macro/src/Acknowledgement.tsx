import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { PolicyView } from '../../../src/ui-contract/policy-macro-view';
import { muted, note, row, tightStack } from '../../common/styles';
import { formatDay } from '../../common/format-time';

type Acknowledgement = NonNullable<PolicyView['acknowledgement']>;

/** "12 of 40 members of jira-users (30%) have acknowledged version 3." */
function shareSentence(a: Acknowledgement, version: number): string {
  const people = (n: number) => (n === 1 ? '1 member' : `${n} members`);
  if (a.groupSize === null)
    return `${people(a.acknowledged)} of ${a.memberGroup} acknowledged version ${version}.`;
  const percent = a.percent === null ? '' : ` (${a.percent}%)`;
  return `${a.acknowledged} of ${a.groupSize} members of ${a.memberGroup}${percent} acknowledged version ${version}.`;
}

/**
 * "I have read and understood this version" (clause 7.3): the viewer acknowledges the approved
 * version in force; the share of the AIMS members group that has (counts only, no names).
 */
export function Acknowledgement({
  acknowledgement: a,
  running,
  onAcknowledge,
}: {
  acknowledgement: Acknowledgement;
  running: boolean;
  onAcknowledge: (version: number) => void;
}) {
  if (a.version === null) {
    return (
      <p style={note} data-testid="policy-acknowledgement">
        {a.blockers[0] ?? 'There is no approved version to acknowledge.'}
      </p>
    );
  }
  const version = a.version;
  return (
    <div style={tightStack} data-testid="policy-acknowledgement">
      <div style={row}>
        {a.viewerAcknowledgedAt ? (
          <>
            <Lozenge appearance="success">Acknowledged</Lozenge>
            <span data-testid="policy-acknowledged-by-me">
              You acknowledged approved version {version} on {formatDay(a.viewerAcknowledgedAt)}.
            </span>
          </>
        ) : (
          <Button
            appearance="primary"
            isDisabled={a.blockers.length > 0 || running}
            onClick={() => onAcknowledge(version)}
          >
            I have read and understood version {version}
          </Button>
        )}
      </div>
      {!a.viewerAcknowledgedAt && a.blockers.length > 0 && (
        <ul style={muted} aria-label="Why you cannot acknowledge it">
          {a.blockers.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      )}
      <p style={note} data-testid="policy-acknowledgement-share">
        {shareSentence(a, version)}
      </p>
      {a.groupNote && <p style={muted}>{a.groupNote}</p>}
    </div>
  );
}
