import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Problem, callResolver, useAsync, useReportUnsaved } from '../../common';
import { PersonField } from '../../common/PersonField';
import { row, stack } from '../../common/styles';
import type { PolicyView } from '../../../src/ui-contract/policy-macro-view';
import { policyConfigOptionsSchema } from '../../../src/ui-contract/policy-macro-view';

/**
 * "Set owner": an AIMS manager who can edit the page chooses the document owner (kept by the
 * app, not in the macro's settings, which any page editor can change). Shown only to them.
 */
export function DocumentOwner({
  view,
  run,
}: {
  view: PolicyView;
  run: (fn: string, payload: Record<string, unknown>, success: string) => Promise<boolean>;
}) {
  const [open, setOpen] = useState(false);
  if (!view.page.isCurrent || view.viewer.setOwnerBlockers.length > 0) return null;
  if (!open)
    return (
      <div style={row}>
        <Button onClick={() => setOpen(true)}>
          {view.owner ? 'Change the document owner' : 'Set the document owner'}
        </Button>
      </div>
    );
  return (
    <OwnerPicker
      current={view.owner?.accountId ?? ''}
      onCancel={() => setOpen(false)}
      onSave={async (ownerAccountId) => {
        const done = await run('setOwner', { ownerAccountId }, 'Document owner set');
        if (done) setOpen(false);
        return done;
      }}
    />
  );
}

function OwnerPicker({
  current,
  onSave,
  onCancel,
}: {
  current: string;
  onSave: (accountId: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const { state } = useAsync(() => callResolver('getConfigOptions', policyConfigOptionsSchema), []);
  const [owner, setOwner] = useState(current);
  useReportUnsaved(
    'policy-owner',
    owner !== '' && owner !== current,
    'The document owner you chose',
    async () => {
      if (!(await onSave(owner))) throw new Error('The owner was not saved (see above).');
    },
  );
  if (state.status === 'error')
    return <Problem error={state.error} title="The people could not be loaded" />;
  return (
    <form
      aria-label="Document owner"
      style={stack}
      onSubmit={(e) => {
        e.preventDefault();
        if (owner) void onSave(owner);
      }}
    >
      <PersonField
        id="documentOwner"
        title="Document owner"
        people={state.status === 'ready' ? state.data.people : []}
        accountId={owner}
        onChange={setOwner}
        hint="The owner keeps the clause 5.2 checklist and asks for approval; another AIMS manager approves."
      />
      <div style={row}>
        <Button type="submit" appearance="primary" isDisabled={!owner || owner === current}>
          Save the owner
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
