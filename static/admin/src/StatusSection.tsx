import Lozenge from '@atlaskit/lozenge';
import type { ProvisioningStatus } from './admin-schemas';
import { when } from './format';
import { Section } from './Section';
import { KeyValueTable } from '../../common';
import { note } from '../../common/styles';

/** What provisioning has set up so far, in which project, and when it last completed. */
export function StatusSection({
  status,
  projectKey,
}: {
  status: ProvisioningStatus | null;
  projectKey: string;
}) {
  const rows: [string, string][] = status
    ? [
        ['Completed steps', status.completedSteps.join(', ') || 'none yet'],
        ['Issue types', String(status.issueTypes)],
        ['Custom fields', String(status.fields)],
        ['Issue link types', String(status.linkTypes)],
        ['Workflows', String(status.workflows)],
        ['Annex A control issues', String(status.controls)],
        ['Started', when(status.startedAt)],
        ['Completed', status.completedAt ? when(status.completedAt) : 'not completed'],
      ]
    : [];
  return (
    <Section id="status" title="Status">
      <p data-testid="status-summary" style={{ margin: 0 }}>
        {status ? (
          <>
            Project <strong>{status.projectKey}</strong>{' '}
            {status.completedAt ? (
              <Lozenge appearance="success">Provisioned</Lozenge>
            ) : (
              <Lozenge appearance="inprogress">Incomplete</Lozenge>
            )}
          </>
        ) : (
          <>
            Project <strong>{projectKey}</strong> <Lozenge>Not provisioned</Lozenge>
          </>
        )}
      </p>
      {status ? (
        <KeyValueTable label="Provisioning status" rows={rows} testId="status-table" />
      ) : (
        <p style={note}>
          Nothing has been provisioned yet. Check the configuration below, preview the changes, then
          provision.
        </p>
      )}
    </Section>
  );
}
