import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { ProvisioningChange } from './admin-schemas';

const ACTION: Record<ProvisioningChange['action'], { text: string; appearance: ThemeAppearance }> =
  {
    create: { text: 'Create', appearance: 'new' },
    update: { text: 'Update', appearance: 'moved' },
    adopt: { text: 'Adopt existing', appearance: 'default' },
  };

/** Provisioning changes (planned or made): step, action, target, detail; 25 a page. */
export function ChangeTable({
  changes,
  label,
  testId,
}: {
  changes: readonly ProvisioningChange[];
  label: string;
  testId: string;
}) {
  return (
    <div data-testid={testId}>
      <DynamicTable
        label={label}
        head={{
          cells: [
            { key: 'step', content: 'Step', width: 14 },
            { key: 'action', content: 'Action', width: 14 },
            { key: 'target', content: 'Target', width: 36 },
            { key: 'detail', content: 'Detail', width: 36 },
          ],
        }}
        rows={changes.map((c, i) => ({
          key: `${i}`,
          cells: [
            { key: 'step', content: <span style={{ whiteSpace: 'nowrap' }}>{c.step}</span> },
            {
              key: 'action',
              content: (
                <Lozenge appearance={ACTION[c.action].appearance}>{ACTION[c.action].text}</Lozenge>
              ),
            },
            { key: 'target', content: c.target },
            { key: 'detail', content: c.detail ?? '' },
          ],
        }))}
        rowsPerPage={25}
      />
    </div>
  );
}
