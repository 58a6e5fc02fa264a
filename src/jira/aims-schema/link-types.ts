/** Issue link types the app provisions (name, outward and inward descriptions as Jira shows them). */
export const AIMS_LINK_TYPE_KEYS = [
  'mitigates',
  'raises',
  'corrects',
  'assesses',
  'affects',
  'evidences',
  'foundIn',
  'changesAims',
  'informs',
  'recurs',
] as const;

export type AimsLinkTypeKey = (typeof AIMS_LINK_TYPE_KEYS)[number];

export interface AimsLinkTypeDefinition {
  key: AimsLinkTypeKey;
  name: string;
  /** Read from the outward issue: "<control> mitigates <risk>". */
  outward: string;
  inward: string;
  /** Which type is normally the outward issue → inward issue. */
  from: string;
  to: string;
}

export const AIMS_LINK_TYPES: readonly AimsLinkTypeDefinition[] = [
  {
    key: 'mitigates',
    name: 'AIMS Mitigates',
    outward: 'mitigates',
    inward: 'is mitigated by',
    from: 'AI Control',
    to: 'AI Risk',
  },
  {
    key: 'raises',
    name: 'AIMS Raises',
    outward: 'raises',
    inward: 'is raised by',
    from: 'Audit Finding or AI Incident',
    to: 'Nonconformity',
  },
  {
    key: 'corrects',
    name: 'AIMS Corrects',
    outward: 'corrects',
    inward: 'is corrected by',
    from: 'Corrective Action',
    to: 'Nonconformity',
  },
  {
    key: 'assesses',
    name: 'AIMS Assesses',
    outward: 'assesses',
    inward: 'is assessed by',
    from: 'AI Impact Assessment',
    to: 'AI System',
  },
  {
    key: 'affects',
    name: 'AIMS Affects',
    outward: 'affects',
    inward: 'is affected by',
    from: 'AI Risk or AI Incident',
    to: 'AI System',
  },
  {
    key: 'evidences',
    name: 'AIMS Evidences',
    outward: 'evidences',
    inward: 'is evidenced by',
    from: 'any',
    to: 'AI Control',
  },
  {
    key: 'foundIn',
    name: 'AIMS Found In',
    outward: 'was found in',
    inward: 'has finding',
    from: 'Audit Finding',
    to: 'AIMS Audit',
  },
  {
    key: 'changesAims',
    name: 'AIMS Change',
    outward: 'changes the AIMS for',
    inward: 'led to AIMS change',
    from: 'AIMS Action',
    to: 'Nonconformity',
  },
  {
    key: 'informs',
    name: 'AIMS Informs',
    outward: 'informs',
    inward: 'is informed by',
    from: 'AI Impact Assessment',
    to: 'AI Risk',
  },
  {
    key: 'recurs',
    name: 'AIMS Recurrence',
    outward: 'is a recurrence of',
    inward: 'recurred as',
    from: 'Nonconformity (the new one)',
    to: 'Nonconformity (the closed one)',
  },
];
