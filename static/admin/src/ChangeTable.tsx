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

/** Provisioning changes (planned or made): step, action, target, detail. */
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
            { key: 'step', content: 'Step' },
            { key: 'action', content: 'Action' },
            { key: 'target', content: 'Target' },
            { key: 'detail', content: 'Detail' },
          ],
        }}
        rows={changes.map((c, i) => ({
          key: `${i}`,
          cells: [
            { key: 'step', content: c.step },
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
        rowsPerPage={50}
      />
    </div>
  );
}
