/**
 * The audit programme macro's configuration (saved by Confluence in the macro node, by page
 * editors): the AIMS project, the programme cycle it shows, and the programme itself as 9.2.2 asks
 * — how often audits are held, the methods used and who is responsible.
 */
import { z } from 'zod';
import { macroConfig } from '../macro-config';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} must be at most ${max} characters` });

export const auditProgrammeConfigSchema = z.object(
  {
    projectKey: z
      .string({ error: 'Jira project is required' })
      .trim()
      .regex(/^[A-Z][A-Z0-9_]{1,9}$/, { error: 'Jira project must be a project key like AIMS' }),
    cycle: text('Programme cycle', 40),
    frequency: text('Frequency', 500),
    methods: text('Methods', 2_000),
    responsibilities: text('Responsibilities', 2_000),
  },
  { error: 'The macro has no configuration' },
);
export type AuditProgrammeConfig = z.infer<typeof auditProgrammeConfigSchema>;

export const auditProgrammeConfig = macroConfig<AuditProgrammeConfig>(
  auditProgrammeConfigSchema,
  'no settings are saved yet; use Configure to describe the programme',
  (problems) => `This audit programme is not configured: ${problems.join('; ')}.`,
);
