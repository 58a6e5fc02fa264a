import Lozenge from '@atlaskit/lozenge';
import { useI18n } from '../../common';
import { looseStack } from '../../common/styles';
import type { GenericPanelView, IssuePanelView } from '../../../src/ui-contract/issue-panel-view';
import { IssueTable } from './IssueTable';
import { PanelActions } from './actions/PanelActions';

/** Other issue types: a short summary and the issue's links. */
export function GenericPanel({
  view,
  onChange,
}: {
  view: GenericPanelView;
  onChange: (p: IssuePanelView) => void;
}) {
  const { t } = useI18n();
  return (
    <div style={looseStack} data-testid="panel-generic">
      <p>
        {view.clause && (
          <Lozenge appearance="inprogress">
            {view.clause.replace('ISO42001:', 'ISO 42001 ')}
          </Lozenge>
        )}{' '}
        {view.description}
      </p>
      <IssueTable
        label={t('panel.generic.links')}
        rows={view.links.map((l) => ({
          ...l.issue,
          key: l.issue.key,
          linkTypeName: l.linkTypeName,
        }))}
        empty={t('panel.generic.noLinks')}
        columns={[{ key: 'link', title: t('panel.generic.link'), cell: (r) => r.linkTypeName }]}
      />
      <PanelActions
        actions={view.actions}
        linkedKeys={view.links.map((l) => l.issue.key)}
        onChange={onChange}
      />
    </div>
  );
}
