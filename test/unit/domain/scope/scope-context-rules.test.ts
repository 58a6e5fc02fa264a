import { Refusal } from '../../../../src/domain/refusal';
import { currentEntry } from '../../../../src/domain/document-control';
import { documentVersionStatus } from '../../../../src/domain/document-control';
import type { ScopeContextRecord, ScopeControlRecord } from '../../../../src/domain/scope';
import {
  changeScopeContent,
  scopeContentHash,
  scopeControlRules,
} from '../../../../src/domain/scope';
import { MANAGER, MEMBER, OWNER, actor, change, content } from './fixtures';

function refusal(run: () => unknown): Refusal {
  try {
    run();
  } catch (err) {
    if (err instanceof Refusal) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

/** The owner records the content at page version 1. */
function recorded(): { control: ScopeControlRecord; stored: ScopeContextRecord } {
  const result = changeScopeContent(change(undefined, actor(OWNER), 1), undefined, content(), 0);
  if (!result.control || !result.content) throw new Error('nothing recorded');
  return { control: result.control, stored: result.content };
}

describe('changing the scope and context', () => {
  it('keeps the content at revision 1 and binds its hash to the document control', () => {
    const { control, stored } = recorded();
    expect(stored).toMatchObject({ revision: 1, updatedByAccountId: OWNER });
    expect(currentEntry(control)).toMatchObject({
      event: 'content-changed',
      pageVersion: 1,
      documentReference: 'AIMS-SCOPE-001',
      document: { status: 'draft', contentHash: scopeContentHash(content()) },
    });
  });

  it('is refused to anyone but the document owner', () => {
    expect(
      refusal(() =>
        changeScopeContent(change(undefined, actor(MANAGER, true), 1), undefined, content(), 0),
      ).message,
    ).toBe('Only the document owner can change the scope and context.');
  });

  it('refuses an exclusion without justification, naming it', () => {
    const input = content();
    input.scope.exclusions = [
      { id: 'exc-9', what: 'Marketing copy generator', justification: ' ' },
    ];
    const err = refusal(() =>
      changeScopeContent(change(undefined, actor(OWNER), 1), undefined, input, 0),
    );
    expect(err.message).toBe('The scope and context was not saved.');
    expect(err.details).toEqual([
      'The exclusion of "Marketing copy generator" needs a justification: say why it is outside the scope of the AIMS (item 1)',
    ]);
  });

  it('refuses climate change left undecided, and a decision without a note', () => {
    const undecided = { ...content(), climateChange: { relevant: null, note: '' } };
    expect(
      refusal(() => changeScopeContent(change(undefined, actor(OWNER), 1), undefined, undecided, 0))
        .details,
    ).toEqual([
      'Decide whether climate change is a relevant issue for the AIMS (yes or no)',
      'The note on climate change must not be empty',
    ]);
    const noNote = { ...content(), climateChange: { relevant: true } };
    expect(
      refusal(() => changeScopeContent(change(undefined, actor(OWNER), 1), undefined, noNote, 0))
        .details,
    ).toEqual(['The note on climate change is required']);
  });

  it('needs the parts 4.1–4.3 ask for: an AI role, an issue, a party with a requirement, units and locations', () => {
    const input = {
      ...content(),
      issues: [],
      aiRoles: { roles: [] },
      parties: [{ id: 'p', name: 'Regulator', kind: 'external', requirements: [] }],
      scope: { ...content().scope, organizationalUnits: [], locations: [] },
    };
    expect(
      refusal(() => changeScopeContent(change(undefined, actor(OWNER), 1), undefined, input, 0))
        .details,
    ).toEqual([
      'Name at least one organizational unit in the scope',
      'Name at least one location in the scope',
      'Record at least one internal or external issue (4.1)',
      "Choose at least one of the organization's AI roles (provider, customer, …)",
      'Name at least one relevant requirement of "Regulator" (item 1)',
    ]);
  });

  it('refuses a change made from an outdated revision', () => {
    const { control, stored } = recorded();
    const err = refusal(() =>
      changeScopeContent(change(control, actor(OWNER), 1), stored, content(), 0),
    );
    expect(err.message).toContain('it is now at revision 1, you edited revision 0');
  });

  it('records nothing when nothing changed', () => {
    const { control, stored } = recorded();
    expect(changeScopeContent(change(control, actor(OWNER), 1), stored, content(), 1)).toEqual({
      content: undefined,
      control: undefined,
    });
  });

  it('refuses a record too large for its page', () => {
    const input = content();
    input.issues = Array.from({ length: 30 }, (_, i) => ({
      id: `iss-${i}`,
      kind: 'external' as const,
      title: `Issue ${i}`,
      description: 'x'.repeat(1000),
    }));
    expect(
      refusal(() => changeScopeContent(change(undefined, actor(OWNER), 1), undefined, input, 0))
        .details[0],
    ).toMatch(/^It would take 3\d\.\d KB; a Confluence page keeps at most 28 KB for it/);
  });
});

describe('approval of the scope and context', () => {
  it('binds the page version and the content the approver reviewed; the owner cannot approve', () => {
    const { control } = recorded();
    const hash = scopeContentHash(content());
    expect(
      refusal(() =>
        scopeControlRules.approve(change(control, actor(OWNER, true), 1), {
          pageVersion: 1,
          contentHash: hash,
        }),
      ).details,
    ).toEqual([
      'The document owner cannot approve their own scope and context; another manager must approve it.',
    ]);
    expect(
      refusal(() =>
        scopeControlRules.approve(change(control, actor(MEMBER), 1), {
          pageVersion: 1,
          contentHash: hash,
        }),
      ).details,
    ).toEqual(['Only members of the group aims-managers can approve the AIMS scope and context.']);
    const approved = scopeControlRules.approve(change(control, actor(MANAGER, true), 1), {
      pageVersion: 1,
      contentHash: hash,
    });
    expect(currentEntry(approved).document).toMatchObject({
      status: 'approved',
      approvedVersion: 1,
      approvedContentHash: hash,
      approverAccountId: MANAGER,
    });
  });

  it('is refused when the content changed while the approver reviewed it', () => {
    const { control } = recorded();
    expect(
      refusal(() =>
        scopeControlRules.approve(change(control, actor(MANAGER, true), 1), {
          pageVersion: 1,
          contentHash: `sha256:${'0'.repeat(64)}`,
        }),
      ).message,
    ).toBe(
      'The AIMS scope and context changed while you were reviewing it. Review the current content and approve again.',
    );
  });

  it('cannot be approved before anything is recorded', () => {
    const started = scopeControlRules.syncWithConfig(change(undefined, actor(OWNER), 1));
    expect(scopeControlRules.approvalBlockers(change(started, actor(MANAGER, true), 1))).toEqual([
      'The owner has not yet recorded the scope and context.',
    ]);
  });

  it('a change of the approved content reopens it as a draft, "changed since approval" at the same page version', () => {
    const { control, stored } = recorded();
    const approved = scopeControlRules.approve(change(control, actor(MANAGER, true), 1), {
      pageVersion: 1,
      contentHash: scopeContentHash(content()),
    });
    const edited = content();
    edited.climateChange = { relevant: true, note: 'Data centre heat waves affect availability.' };
    const after = changeScopeContent(change(approved, actor(OWNER), 1), stored, edited, 1);
    expect(after.content?.revision).toBe(2);
    const status = documentVersionStatus(after.control, { viewed: 1, current: 1 }, '2026-03-11');
    expect(status).toMatchObject({
      status: 'draft',
      approvedVersion: 1,
      changedSinceApproval: true,
      isApprovedVersion: false,
    });
    // The same content approved again is the approved version again.
    const again = scopeControlRules.approve(change(after.control, actor(MANAGER, true), 1), {
      pageVersion: 1,
      contentHash: scopeContentHash(edited),
    });
    expect(documentVersionStatus(again, { viewed: 1, current: 1 }, '2026-03-11')).toMatchObject({
      isApprovedVersion: true,
      changedSinceApproval: false,
    });
    expect(scopeControlRules.approvalBlockers(change(again, actor(MANAGER, true), 1))).toEqual([
      'Version 1 is already approved.',
    ]);
  });
});
