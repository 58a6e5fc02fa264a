import Lozenge from '@atlaskit/lozenge';
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
        label="Linked issues"
        rows={view.links.map((l) => ({
          ...l.issue,
          key: l.issue.key,
          linkTypeName: l.linkTypeName,
        }))}
        empty="No linked issues."
        columns={[{ key: 'link', title: 'Link', cell: (r) => r.linkTypeName }]}
      />
      <PanelActions
        actions={view.actions}
        linkedKeys={view.links.map((l) => l.issue.key)}
        onChange={onChange}
      />
    </div>
  );
}
