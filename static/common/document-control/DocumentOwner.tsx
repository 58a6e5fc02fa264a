import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Problem } from '../Problem';
import { PersonField } from '../PersonField';
import { callResolver } from '../resolver-call';
import { row, stack } from '../styles';
import { useAsync } from '../use-async';
import { useReportUnsaved } from '../unsaved-edits';
import type { DocumentControlView } from '../../../src/ui-contract/document-control-view';
import { documentPeopleSchema } from '../../../src/ui-contract/document-control-view';

/**
 * "Set owner": an AIMS manager who can edit the page chooses the document owner (kept by the
 * app, not in the macro's settings, which any page editor can change). Shown only to them; the
 * people to choose from are the macro's `getConfigOptions`.
 */
export function DocumentOwner({
  view,
  ownerHint,
  run,
}: {
  view: DocumentControlView;
  /** What the owner does: "The owner keeps the clause 5.2 checklist and asks for approval; …". */
  ownerHint: string;
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
      hint={ownerHint}
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
  hint,
  onSave,
  onCancel,
}: {
  current: string;
  hint: string;
  onSave: (accountId: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const { state } = useAsync(() => callResolver('getConfigOptions', documentPeopleSchema), []);
  const [owner, setOwner] = useState(current);
  useReportUnsaved(
    'document-owner',
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
        hint={hint}
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
