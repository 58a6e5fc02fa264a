import {
  checkScopeContextSnapshot,
  scopeContentHash,
  scopeContextChanges,
  scopeContextSnapshot,
} from '../../../../src/domain/scope';
import { content } from './fixtures';

describe('changes in the scope and context between two reviews', () => {
  it('without an earlier version, everything counts as added', () => {
    const changes = scopeContextChanges(undefined, content());
    expect(changes.issues.map((c) => [c.subject, c.title, c.change])).toEqual([
      ['scope', 'Scope of the AIMS (4.3)', 'added'],
      ['issue', 'EU AI Act obligations for high-risk systems', 'added'],
      ['issue', 'Small ML team', 'added'],
      ['climate', 'Climate change', 'added'],
      ['roles', "The organization's AI roles", 'added'],
    ]);
    expect(changes.parties.map((c) => c.title)).toEqual(['Loan applicants', 'Works council']);
    expect(changes.parties[1]?.details).toEqual([
      'Requirement added: "Consultation on AI in hiring" (not addressed by the AIMS)',
    ]);
  });

  it('names what was added, changed and removed, matching entries by id', () => {
    const before = content();
    const after = content();
    after.issues = [
      { ...after.issues[0]!, title: 'EU AI Act: high-risk obligations', description: 'Now due.' },
      { id: 'iss-3', kind: 'external', title: 'New speech-to-text supplier' },
    ];
    after.climateChange = { relevant: true, note: 'Heat waves affect our data centre.' };
    after.aiRoles = { roles: ['provider', 'producer'], note: 'We buy the chatbot model.' };
    after.scope.locations = ['Berlin', 'Porto'];
    after.scope.exclusions = [];
    after.parties = [
      {
        ...after.parties[0]!,
        requirements: [
          { id: 'req-1', text: 'An explanation of credit decisions', addressed: true },
          { id: 'req-4', text: 'A human to appeal to', addressed: true },
        ],
      },
      {
        ...after.parties[1]!,
        requirements: [{ ...after.parties[1]!.requirements[0]!, addressed: true }],
      },
      {
        id: 'par-3',
        name: 'Banking supervisor',
        kind: 'external',
        requirements: [{ id: 'req-5', text: 'Model risk reports', addressed: true }],
      },
    ];
    const changes = scopeContextChanges(before, after);
    expect(changes.issues).toEqual([
      {
        subject: 'scope',
        id: 'scope',
        title: 'Scope of the AIMS (4.3)',
        change: 'changed',
        details: [
          'Locations added: Porto',
          'Locations removed: Lisbon',
          'Exclusion removed: Internal IT helpdesk chatbot',
        ],
      },
      {
        subject: 'issue',
        id: 'iss-3',
        title: 'New speech-to-text supplier',
        change: 'added',
        details: ['External issue'],
      },
      {
        subject: 'issue',
        id: 'iss-1',
        title: 'EU AI Act: high-risk obligations',
        change: 'changed',
        details: [
          'Renamed from "EU AI Act obligations for high-risk systems"',
          'Its effect on the AIMS was described anew',
        ],
      },
      { subject: 'issue', id: 'iss-2', title: 'Small ML team', change: 'removed', details: [] },
      {
        subject: 'climate',
        id: 'climate-change',
        title: 'Climate change',
        change: 'changed',
        details: ['Relevant: no → yes', 'Note changed'],
      },
      {
        subject: 'roles',
        id: 'ai-roles',
        title: "The organization's AI roles",
        change: 'changed',
        details: ['Roles added: AI producer', 'Roles removed: AI customer (user)'],
      },
    ]);
    expect(changes.parties.map((c) => [c.title, c.change, c.details])).toEqual([
      [
        'Banking supervisor',
        'added',
        ['Requirement added: "Model risk reports" (addressed by the AIMS)'],
      ],
      [
        'Loan applicants',
        'changed',
        [
          'Requirement added: "A human to appeal to" (addressed by the AIMS)',
          'Requirement removed: "Fair treatment across groups"',
        ],
      ],
      ['Works council', 'changed', ['Now addressed by the AIMS: "Consultation on AI in hiring"']],
    ]);
  });

  it('shows no change when nothing changed', () => {
    expect(scopeContextChanges(content(), content())).toEqual({ issues: [], parties: [] });
  });
});

describe('the copy a held review keeps', () => {
  const source = { pageId: '77', title: 'AIMS scope', revision: 3 };

  it('is used only when it matches its hash and the hash the review recorded', () => {
    const snapshot = scopeContextSnapshot(source, content());
    const hash = scopeContentHash(content());
    expect(snapshot.source.contentHash).toBe(hash);
    expect(checkScopeContextSnapshot(snapshot, hash)).toEqual({ valid: true, snapshot });

    const altered = JSON.parse(JSON.stringify(snapshot)) as typeof snapshot;
    altered.content.climateChange.relevant = true;
    expect(checkScopeContextSnapshot(altered, hash)).toMatchObject({
      valid: false,
      problems: [expect.stringContaining('was changed after it was recorded')],
    });
    expect(checkScopeContextSnapshot(snapshot, `sha256:${'1'.repeat(64)}`).valid).toBe(false);
    expect(checkScopeContextSnapshot({ format: 'other' }, hash).valid).toBe(false);
  });
});
