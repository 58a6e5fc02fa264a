import type { CustomFieldDoc, CustomFieldModel } from './custom-fields';
import { CUSTOM_FIELD_KINDS, CUSTOM_FIELD_TYPE_PREFIX } from './custom-field-types';

/** JsonTypeBean as Jira reports it for a field. */
export interface FieldSchema {
  type: string;
  items?: string;
  system?: string;
  custom?: string;
  customId?: number;
}

export interface FieldInfo {
  id: string;
  name: string;
  custom: boolean;
  schema: FieldSchema | undefined;
  navigable: boolean;
  orderable: boolean;
  searchable: boolean;
  clauseNames: string[];
  /** Can be given when creating an issue. */
  creatable: boolean;
  /** Can be changed by edit (PUT /issue). */
  editable: boolean;
  customField?: CustomFieldDoc;
}

interface SystemFieldSpec {
  id: string;
  name: string;
  schema?: FieldSchema;
  navigable?: boolean;
  orderable?: boolean;
  searchable?: boolean;
  clauseNames?: string[];
  creatable?: boolean;
  editable?: boolean;
}

const sys = (type: string, id: string, items?: string): FieldSchema =>
  items ? { type, items, system: id } : { type, system: id };

const SYSTEM_FIELDS: SystemFieldSpec[] = [
  {
    id: 'summary',
    name: 'Summary',
    schema: sys('string', 'summary'),
    creatable: true,
    editable: true,
  },
  {
    id: 'description',
    name: 'Description',
    schema: sys('string', 'description'),
    creatable: true,
    editable: true,
  },
  {
    id: 'issuetype',
    name: 'Issue Type',
    schema: sys('issuetype', 'issuetype'),
    clauseNames: ['issuetype', 'type'],
    creatable: true,
    editable: true,
  },
  { id: 'project', name: 'Project', schema: sys('project', 'project'), creatable: true },
  { id: 'status', name: 'Status', schema: sys('status', 'status') },
  { id: 'statusCategory', name: 'Status Category', searchable: true, orderable: false },
  {
    id: 'priority',
    name: 'Priority',
    schema: sys('priority', 'priority'),
    creatable: true,
    editable: true,
  },
  {
    id: 'assignee',
    name: 'Assignee',
    schema: sys('user', 'assignee'),
    creatable: true,
    editable: true,
  },
  {
    id: 'reporter',
    name: 'Reporter',
    schema: sys('user', 'reporter'),
    creatable: true,
    editable: true,
  },
  { id: 'creator', name: 'Creator', schema: sys('user', 'creator') },
  {
    id: 'labels',
    name: 'Labels',
    schema: sys('array', 'labels', 'string'),
    clauseNames: ['labels', 'label'],
    creatable: true,
    editable: true,
  },
  {
    id: 'created',
    name: 'Created',
    schema: sys('datetime', 'created'),
    clauseNames: ['created', 'createdDate'],
  },
  {
    id: 'updated',
    name: 'Updated',
    schema: sys('datetime', 'updated'),
    clauseNames: ['updated', 'updatedDate'],
  },
  {
    id: 'duedate',
    name: 'Due date',
    schema: sys('date', 'duedate'),
    clauseNames: ['due', 'duedate'],
    creatable: true,
    editable: true,
  },
  { id: 'resolution', name: 'Resolution', schema: sys('resolution', 'resolution') },
  {
    id: 'resolutiondate',
    name: 'Resolved',
    schema: sys('datetime', 'resolutiondate'),
    clauseNames: ['resolutiondate', 'resolved'],
  },
  {
    id: 'statuscategorychangedate',
    name: 'Status Category Changed',
    schema: sys('datetime', 'statuscategorychangedate'),
    searchable: false,
  },
  {
    id: 'security',
    name: 'Security Level',
    schema: sys('securitylevel', 'security'),
    clauseNames: ['level'],
    creatable: true,
    editable: true,
  },
  { id: 'parent', name: 'Parent', clauseNames: ['parent'], creatable: true, editable: true },
  {
    id: 'subtasks',
    name: 'Sub-tasks',
    schema: sys('array', 'subtasks', 'issuelinks'),
    searchable: false,
    orderable: false,
  },
  {
    id: 'issuelinks',
    name: 'Linked Issues',
    schema: sys('array', 'issuelinks', 'issuelinks'),
    searchable: false,
    orderable: false,
  },
  {
    id: 'comment',
    name: 'Comment',
    schema: sys('comments-page', 'comment'),
    navigable: false,
    orderable: false,
  },
];

/** Every field of the site (system + custom) with its metadata, as GET /field describes it. */
export class FieldCatalog {
  constructor(private readonly customFields: CustomFieldModel) {}

  system(): FieldInfo[] {
    return SYSTEM_FIELDS.map((s) => ({
      id: s.id,
      name: s.name,
      custom: false,
      schema: s.schema,
      navigable: s.navigable ?? true,
      orderable: s.orderable ?? true,
      searchable: s.searchable ?? true,
      clauseNames: s.clauseNames ?? [s.id],
      creatable: s.creatable ?? false,
      editable: s.editable ?? false,
    }));
  }

  custom(): FieldInfo[] {
    return this.customFields.all().map((f) => this.customInfo(f));
  }

  all(): FieldInfo[] {
    return [...this.system(), ...this.custom()];
  }

  byId(id: string): FieldInfo | undefined {
    if (id.startsWith('customfield_')) {
      const f = this.customFields.byId(id);
      return f ? this.customInfo(f) : undefined;
    }
    return this.system().find((f) => f.id === id);
  }

  customInfo(f: CustomFieldDoc): FieldInfo {
    const kind = CUSTOM_FIELD_KINDS[f.kind];
    const schema: FieldSchema = {
      type: kind.type,
      custom: CUSTOM_FIELD_TYPE_PREFIX + f.kind,
      customId: f.numericId,
    };
    if (kind.items) schema.items = kind.items;
    return {
      id: f.id,
      name: f.name,
      custom: true,
      schema,
      navigable: true,
      orderable: true,
      searchable: true,
      clauseNames: [`cf[${f.numericId}]`, f.name],
      creatable: true,
      editable: true,
      customField: f,
    };
  }
}
