import { openDatabase } from '../../../../emulator/core/database';
import { createSiteContext } from '../../../../emulator/core/context';
import { WorkflowModel } from '../../../../emulator/jira/models/workflow-model';
import { workflowCreateRequestSchema } from '../../../../emulator/jira/models/workflow-payloads';
import { WorkflowWriter } from '../../../../emulator/jira/models/workflow-writer';

function freshModel(): WorkflowModel {
  return new WorkflowModel(createSiteContext(openDatabase(':memory:'), 'http://127.0.0.1:0'));
}

const forge = (ruleKey: string, module: string): Record<string, unknown> => ({
  ruleKey,
  parameters: { key: `ari:cloud:ecosystem::extension/app/env/static/${module}`, config: '{}' },
});

/** Risk workflow: Identified → Assessed → Closed, with a nested condition group on "Close". */
function createRiskWorkflow(model: WorkflowModel): Map<string, string> {
  const request = workflowCreateRequestSchema.parse({
    scope: { type: 'GLOBAL' },
    statuses: [
      { name: 'Identified', statusCategory: 'TODO', statusReference: 'i' },
      { name: 'Assessed', statusCategory: 'IN_PROGRESS', statusReference: 'a' },
      { name: 'Closed', statusCategory: 'DONE', statusReference: 'c' },
    ],
    workflows: [
      {
        name: 'Risk',
        statuses: ['i', 'a', 'c'].map((statusReference) => ({ statusReference, properties: {} })),
        transitions: [
          { name: 'Create', type: 'INITIAL', toStatusReference: 'i' },
          {
            name: 'Assess',
            type: 'DIRECTED',
            toStatusReference: 'a',
            links: [{ fromStatusReference: 'i' }],
          },
          {
            name: 'Close',
            type: 'DIRECTED',
            toStatusReference: 'c',
            links: [{ fromStatusReference: 'a' }, { fromStatusReference: 'i' }],
            conditions: {
              operation: 'ANY',
              conditions: [forge('forge:expression-condition', 'manager')],
              conditionGroups: [
                { operation: 'ALL', conditions: [forge('forge:expression-condition', 'owner')] },
              ],
            },
            validators: [forge('forge:expression-validator', 'validator')],
            actions: [forge('forge:workflow-post-function', 'post')],
          },
          { name: 'Reopen', type: 'GLOBAL', toStatusReference: 'i' },
        ],
      },
    ],
  });
  const result = new WorkflowWriter(model).create(request);
  return new Map(result.statuses.map((s) => [s.name, s.id]));
}

describe('WorkflowModel (in-process API for the issue model)', () => {
  it('seeds To Do / In Progress / Done and the read-only `jira` workflow with global transitions', () => {
    const model = freshModel();
    expect(model.allStatuses().map((s) => [s.id, s.name, s.category.key])).toEqual([
      ['3', 'In Progress', 'indeterminate'],
      ['10000', 'To Do', 'new'],
      ['10001', 'Done', 'done'],
    ]);
    expect(model.initialStatusId('10000', '10001')).toBe('10000');
    expect(
      model.transitionsFrom('10000', '10001', '10000').map((t) => [t.id, t.name, t.isGlobal]),
    ).toEqual([
      ['21', 'In Progress', true],
      ['31', 'Done', true],
    ]);
    expect(model.statusCategoryOf('10001')).toMatchObject({ id: 3, key: 'done' });
    expect(model.defaultWorkflow().isEditable).toBe(false);
  });

  it('resolves project + issue type through the scheme mapping, then its default, then `jira`', () => {
    const model = freshModel();
    const ids = createRiskWorkflow(model);
    model.store.schemes.put({
      id: '1',
      name: 'S',
      description: '',
      defaultWorkflow: 'jira',
      issueTypeMappings: { '7': 'Risk' },
    });
    model.store.associations.put({ id: '100', schemeId: '1' });
    expect(model.workflowFor('100', '7').name).toBe('Risk');
    expect(model.workflowFor('100', '8').name).toBe('jira');
    expect(model.workflowFor('200', '7').name).toBe('jira');
    expect(model.initialStatus('100', '7').name).toBe('Identified');
    expect(model.statusesFor('100', '7').map((s) => s.name)).toEqual([
      'Identified',
      'Assessed',
      'Closed',
    ]);

    const fromIdentified = model.transitionsFrom('100', '7', ids.get('Identified') ?? '');
    expect(fromIdentified.map((t) => t.name)).toEqual(['Assess', 'Close']);
    const close = fromIdentified[1];
    expect(close?.conditions.map((r) => r.parameters.key?.split('/').pop())).toEqual([
      'manager',
      'owner',
    ]);
    expect(close?.validators).toEqual([
      expect.objectContaining({ ruleKey: 'forge:expression-validator' }),
    ]);
    expect(close?.postFunctions).toEqual([
      expect.objectContaining({ ruleKey: 'forge:workflow-post-function' }),
    ]);
    expect(
      model.transitionsFrom('100', '7', ids.get('Closed') ?? '').map((t) => [t.name, t.isGlobal]),
    ).toEqual([['Reopen', true]]);
  });

  it('numbers transitions like Jira (1 for the create transition, then 11, 21, 31)', () => {
    const model = freshModel();
    createRiskWorkflow(model);
    const risk = model.store.workflowByName('Risk');
    expect(risk?.transitions.map((t) => t.id)).toEqual(['1', '11', '21', '31']);
  });

  it('leaves an issue in a status its workflow lacks with the global transitions only', () => {
    const model = freshModel();
    createRiskWorkflow(model);
    model.store.schemes.put({
      id: '1',
      name: 'S',
      description: '',
      defaultWorkflow: 'Risk',
      issueTypeMappings: {},
    });
    model.store.associations.put({ id: '100', schemeId: '1' });
    expect(model.transitionsFrom('100', '7', '3').map((t) => t.name)).toEqual(['Reopen']);
  });
});
