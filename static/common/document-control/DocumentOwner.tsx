import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { useI18n } from '../i18n/I18nProvider';
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
  const { t } = useI18n();
  if (!view.page.isCurrent || view.viewer.setOwnerBlockers.length > 0) return null;
  if (!open)
    return (
      <div style={row}>
        <Button onClick={() => setOpen(true)}>
          {view.owner ? t('common.document.owner.change') : t('common.document.owner.set')}
        </Button>
      </div>
    );
  return (
    <OwnerPicker
      current={view.owner?.accountId ?? ''}
      hint={ownerHint}
      onCancel={() => setOpen(false)}
      onSave={async (ownerAccountId) => {
        const done = await run('setOwner', { ownerAccountId }, t('common.document.owner.done'));
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
  const { t } = useI18n();
  useReportUnsaved(
    'document-owner',
    owner !== '' && owner !== current,
    t('common.document.owner.unsaved'),
    async () => {
      if (!(await onSave(owner))) throw new Error(t('common.document.owner.notSaved'));
    },
  );
  if (state.status === 'error')
    return <Problem error={state.error} title={t('common.document.owner.peopleFailed')} />;
  return (
    <form
      aria-label={t('common.document.owner.label')}
      style={stack}
      onSubmit={(e) => {
        e.preventDefault();
        if (owner) void onSave(owner);
      }}
    >
      <PersonField
        id="documentOwner"
        title={t('common.document.owner.label')}
        people={state.status === 'ready' ? state.data.people : []}
        accountId={owner}
        onChange={setOwner}
        hint={hint}
      />
      <div style={row}>
        <Button type="submit" appearance="primary" isDisabled={!owner || owner === current}>
          {t('common.document.owner.save')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
