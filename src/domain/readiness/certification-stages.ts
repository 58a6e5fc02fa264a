/**
 * The certification audit's dates (ISO/IEC 17021-1: Stage 1, the documentation and readiness
 * review; Stage 2, the evaluation of the implementation), as an AIMS manager sets them. Stage 2
 * never comes before Stage 1.
 */
import { z } from 'zod';
import { daysBetween } from '../calendar';

const day = (label: string) =>
  z.iso.date({ error: `${label} must be a date like 2027-03-15` }).nullable();

export const certificationStagesSchema = z
  .object(
    {
      stage1: day('Stage 1 date'),
      stage2: day('Stage 2 date'),
      certificationBody: z
        .string({ error: 'The certification body must be text' })
        .trim()
        .max(200, { error: 'The certification body must be at most 200 characters' })
        .default(''),
    },
    { error: 'Give the Stage 1 and Stage 2 dates' },
  )
  .strict()
  .refine((s) => !s.stage1 || !s.stage2 || s.stage1 <= s.stage2, {
    error: 'Stage 2 cannot come before Stage 1',
    path: ['stage2'],
  });
export type CertificationStages = z.infer<typeof certificationStagesSchema>;

export const NO_STAGES: CertificationStages = { stage1: null, stage2: null, certificationBody: '' };

/** Days from `today` to each stage (negative: past), null when the stage has no date. */
export function stageCountdown(
  stages: CertificationStages,
  today: string,
): { stage1: number | null; stage2: number | null } {
  const days = (d: string | null) => (d === null ? null : daysBetween(today, d));
  return { stage1: days(stages.stage1), stage2: days(stages.stage2) };
}
