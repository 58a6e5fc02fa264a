/**
 * The settings every controlled document's macro has (saved by Confluence in the macro node): the
 * organization's document reference and the review interval; and the Jira project the macro
 * reads. For `z.object({...documentConfigFields, …})`. The owner is not a setting — anyone who can
 * edit the page can change these — but kept in app storage, set by an AIMS manager
 * (src/storage/document-owner.ts).
 */
import { z } from 'zod';
import { wholeNumber } from '../../domain/records';

const numberFromText = (value: unknown): unknown =>
  typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;

export const documentConfigFields = {
  /** The organization's own document reference, e.g. `AIMS-POL-001` (7.5.2 identification). */
  documentReference: z
    .string({ error: 'Document ID is required' })
    .trim()
    .min(1, { error: 'Document ID is required' })
    .max(64, { error: 'Document ID must be at most 64 characters' })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, {
      error: 'Document ID may hold letters, digits, dots, dashes, slashes and underscores',
    }),
  reviewIntervalMonths: z.preprocess(
    numberFromText,
    wholeNumber('Review interval (months)', 1, 60),
  ),
};

/** A Jira project key setting; `label` names it in messages ("Jira project for objectives"). */
export const projectKeyField = (label: string) =>
  z.string({ error: `${label} is required` }).regex(/^[A-Z][A-Z0-9_]{1,9}$/, {
    error: `${label} must be a project key like AIMS`,
  });
