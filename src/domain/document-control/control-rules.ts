/**
 * The document-control rules every controlled document follows (7.5.2, 7.5.3): who may change
 * what, and what an approval binds to. Pure: each rule takes the stored record and the facts read
 * from Confluence/Jira, and returns the new record or throws a Refusal in plain words. Each kind
 * of document (the AI policy, the scope and context) names itself and says when its content is
 * ready for approval.
 *
 * Decisions (docs in docs/decisions are the lead's; summary here):
 * - Only the document owner changes the document's content and asks for approval.
 * - Approval is by a member of the AIMS manager group who is NOT the owner and did not write the
 *   page version being approved: 7.5.2 asks for review and approval for suitability and
 *   adequacy, and auditors expect the author not to approve their own document (segregation of
 *   duties). The owner is set by an AIMS manager and kept in app storage, not in the macro's
 *   configuration (the settings carry the stored owner; '' while none is set).
 * - An approval binds to the page version read from Confluence at approval time, and only if
 *   that is the version the approver was looking at; a document whose content the macro keeps
 *   beside the page binds to that content's hash as well.
 * - Changing the content of an approved document reopens it (status draft); the last approval
 *   stays on record until the next one.
 */
import type { z } from 'zod';
import { addMonths, utcDate } from '../calendar';
import { Refusal } from '../refusal';
import type { ControlledDocument } from './controlled-document';
import type { ControlRecord, ControlRecordKind } from './control-record';
import { currentEntry } from './control-record';

/** The macro's settings the rules read (its configuration carries these). */
export interface DocumentControlSettings {
  /** The organization's document reference, e.g. `AIMS-POL-001`. */
  documentReference: string;
  /** The owner an AIMS manager set (app storage); '' while none is set. */
  ownerAccountId: string;
  /** Months between reviews of the document. */
  reviewIntervalMonths: number;
}

export interface ControlledPageFacts {
  id: string;
  title: string;
  /** The page's current version number, as Confluence reports it now. */
  version: number;
  /** Who wrote that version, as Confluence reports it (undefined when it does not say). */
  versionAuthorId?: string | undefined;
}

export interface ControlActor {
  accountId: string;
  /** Member of the AIMS manager group (who may approve). */
  isManager: boolean;
  managerGroup: string;
}

export interface DocumentChange<D extends ControlledDocument, E extends string> {
  record: ControlRecord<D, E> | undefined;
  config: DocumentControlSettings;
  page: ControlledPageFacts;
  actor: ControlActor;
  now: Date;
}

/** What is still missing before the content may be approved, in plain words. */
export interface ContentGaps {
  /** Why approval cannot be requested yet ("the policy must cover every element … first."). */
  summary: string;
  /** Each gap, as the refusal of a request lists it. */
  details: string[];
  /** Each gap, as it stands in the way of an approver. */
  blockers: string[];
}

/** One kind of controlled document. */
export interface DocumentKind<D extends ControlledDocument, E extends string> {
  /** What is approved, in messages: "the AI policy". */
  name: string;
  /** The document in short: "policy" ("their own policy", "This policy is superseded."). */
  shortName: string;
  documentSchema: z.ZodType<D>;
  records: ControlRecordKind<D, E>;
  /** A new document's own parts, before anything was recorded. */
  initialParts: () => Omit<D, keyof ControlledDocument>;
  /** What the content still lacks before approval; undefined when it is ready. */
  contentGaps(document: D): ContentGaps | undefined;
}

/** What an approver looked at: the page version and, for content kept beside it, its hash. */
export interface ReviewedContent {
  pageVersion: number;
  contentHash?: string | undefined;
}

export interface DocumentControlRules<D extends ControlledDocument, E extends string> {
  /** The document as it stands now, brought in line with the configuration and the page. */
  baseDocument(change: DocumentChange<D, E>): D;
  /** Records `document` as a new entry of `event` (refused when it would not be valid). */
  record(change: DocumentChange<D, E>, event: E, document: D): ControlRecord<D, E>;
  /**
   * Starts the record, or brings it in line with a changed configuration (owner, interval,
   * reference) and page title. Returns undefined when nothing changed (nothing to write).
   */
  syncWithConfig(change: DocumentChange<D, E>): ControlRecord<D, E> | undefined;
  /** The owner asks for approval once the content is ready. */
  requestApproval(change: DocumentChange<D, E>): ControlRecord<D, E>;
  /** Why the actor may not approve the current page version (empty when they may). */
  approvalBlockers(change: DocumentChange<D, E>): string[];
  /** Approves what the approver reviewed, which must be what Confluence holds now. */
  approve(change: DocumentChange<D, E>, reviewed: ReviewedContent): ControlRecord<D, E>;
  /** A manager or the owner retires the document (a new one replaces it); reviews stop. */
  supersede(change: DocumentChange<D, E>): ControlRecord<D, E>;
}

export function documentControlRules<D extends ControlledDocument, E extends string>(
  kind: DocumentKind<D, E>,
  events: { configured: E; reviewRequested: E; approved: E; superseded: E },
): DocumentControlRules<D, E> {
  const baseDocument = ({ record, config, page }: DocumentChange<D, E>): D => {
    const previous = record ? currentEntry(record).document : undefined;
    return {
      ...(previous ?? { status: 'draft', ...kind.initialParts() }),
      documentId: page.id,
      title: page.title.slice(0, 255),
      ownerAccountId: config.ownerAccountId,
      reviewIntervalMonths: config.reviewIntervalMonths,
    } as D;
  };

  const record = (change: DocumentChange<D, E>, event: E, document: D): ControlRecord<D, E> => {
    const parsed = kind.documentSchema.safeParse(document);
    if (!parsed.success) {
      throw new Refusal(
        'The document control would not be valid.',
        parsed.error.issues.map((i) => i.message),
      );
    }
    return kind.records.append(change.record, {
      pageVersion: change.page.version,
      recordedAt: change.now.toISOString(),
      byAccountId: change.actor.accountId,
      event,
      documentReference: change.config.documentReference,
      document: parsed.data,
    });
  };

  const approvalBlockers = (change: DocumentChange<D, E>): string[] => {
    const document = baseDocument(change);
    const blockers: string[] = [];
    if (change.actor.accountId === change.config.ownerAccountId) {
      blockers.push(
        `The document owner cannot approve their own ${kind.shortName}; another manager must approve it.`,
      );
    }
    if (!change.actor.isManager) {
      blockers.push(
        `Only members of the group ${change.actor.managerGroup} can approve ${kind.name}.`,
      );
    }
    if (change.page.versionAuthorId === change.actor.accountId) {
      blockers.push(
        `You wrote version ${change.page.version} of this page; someone who did not write it must approve it (the app's rule: nobody approves their own text).`,
      );
    }
    if (document.status === 'superseded') blockers.push(`This ${kind.shortName} is superseded.`);
    if (
      document.status === 'approved' &&
      document.approvedVersion === change.page.version &&
      document.approvedContentHash === document.contentHash
    ) {
      blockers.push(`Version ${change.page.version} is already approved.`);
    }
    blockers.push(...(kind.contentGaps(document)?.blockers ?? []));
    return blockers;
  };

  return {
    baseDocument,
    record,
    approvalBlockers,

    syncWithConfig(change) {
      const document = baseDocument(change);
      const previous = change.record ? currentEntry(change.record) : undefined;
      if (document.approvedAt && document.status !== 'superseded') {
        document.nextReviewDate = addMonths(
          document.approvedAt.slice(0, 10),
          document.reviewIntervalMonths,
        );
      }
      if (
        previous &&
        previous.documentReference === change.config.documentReference &&
        JSON.stringify(previous.document) === JSON.stringify(document)
      ) {
        return undefined;
      }
      return record(change, events.configured, document);
    },

    requestApproval(change) {
      if (change.actor.accountId !== change.config.ownerAccountId) {
        throw new Refusal('Only the document owner can ask for approval.');
      }
      const document = baseDocument(change);
      if (document.status === 'superseded') {
        throw new Refusal(`This ${kind.shortName} is superseded.`);
      }
      if (document.status === 'in-review') {
        throw new Refusal('Approval has already been requested.');
      }
      const gaps = kind.contentGaps(document);
      if (gaps)
        throw new Refusal(`Approval cannot be requested yet: ${gaps.summary}`, gaps.details);
      document.status = 'in-review';
      return record(change, events.reviewRequested, document);
    },

    approve(change, reviewed) {
      if (reviewed.pageVersion !== change.page.version) {
        throw new Refusal(
          `The page changed while you were reviewing it: version ${change.page.version} is now current, you reviewed version ${reviewed.pageVersion}. Review the current version and approve again.`,
        );
      }
      const document = baseDocument(change);
      if (document.contentHash !== undefined && reviewed.contentHash !== document.contentHash) {
        throw new Refusal(
          `${capitalized(kind.name)} changed while you were reviewing it. Review the current content and approve again.`,
        );
      }
      const blockers = approvalBlockers(change);
      if (blockers.length > 0) throw new Refusal('This version cannot be approved.', blockers);
      document.status = 'approved';
      document.approverAccountId = change.actor.accountId;
      document.approvedAt = change.now.toISOString();
      document.approvedVersion = change.page.version;
      if (document.contentHash !== undefined) document.approvedContentHash = document.contentHash;
      document.nextReviewDate = addMonths(utcDate(change.now), document.reviewIntervalMonths);
      return record(change, events.approved, document);
    },

    supersede(change) {
      if (!change.actor.isManager && change.actor.accountId !== change.config.ownerAccountId) {
        throw new Refusal(
          `Only the document owner or an AIMS manager can mark the ${kind.shortName} as superseded.`,
        );
      }
      const document = baseDocument(change);
      if (document.status === 'superseded') {
        throw new Refusal(`This ${kind.shortName} is already superseded.`);
      }
      document.status = 'superseded';
      return record(change, events.superseded, document);
    },
  };
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
