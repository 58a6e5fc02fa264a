import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { Column, Translator } from '../../common';
import { tableOf, useI18n } from '../../common';
import type { ProvisioningChange } from './admin-schemas';

type T = Translator['t'];

const ACTION: Record<
  ProvisioningChange['action'],
  { text: (t: T) => string; appearance: ThemeAppearance }
> = {
  create: { text: (t) => t('admin.changes.create'), appearance: 'new' },
  update: { text: (t) => t('admin.changes.update'), appearance: 'moved' },
  adopt: { text: (t) => t('admin.changes.adopt'), appearance: 'default' },
};

const columnsOf = (t: T): Column<ProvisioningChange>[] => [
  {
    key: 'step',
    title: t('admin.changes.step'),
    width: 14,
    cell: (c) => <span style={{ whiteSpace: 'nowrap' }}>{c.step}</span>,
  },
  {
    key: 'action',
    title: t('admin.changes.action'),
    width: 14,
    cell: (c) => (
      <Lozenge appearance={ACTION[c.action].appearance}>{ACTION[c.action].text(t)}</Lozenge>
    ),
  },
  { key: 'target', title: t('admin.changes.target'), width: 36, cell: (c) => c.target },
  { key: 'detail', title: t('admin.changes.detail'), width: 36, cell: (c) => c.detail ?? '' },
];

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
  const { t } = useI18n();
  return (
    <div data-testid={testId}>
      <DynamicTable
        label={label}
        {...tableOf(columnsOf(t), changes, (_c, i) => `${i}`)}
        rowsPerPage={25}
        paginationi18n={{
          prev: t('admin.changes.previousPage'),
          next: t('admin.changes.nextPage'),
          label: t('admin.changes.pages'),
          pageLabel: t('admin.changes.page'),
        }}
      />
    </div>
  );
}
