/** The two representations a page body is stored in (as given by whoever wrote it). */
export type StoredRepresentation = 'storage' | 'atlas_doc_format';

export interface PageBody {
  representation: StoredRepresentation;
  value: string;
}

export type PageStatus = 'current' | 'draft' | 'archived' | 'historical' | 'trashed' | 'deleted';

export interface PageVersionInfo {
  number: number;
  createdAt: string;
  message: string;
  minorEdit: boolean;
  authorId: string;
}

/** A page as of one version (the current one unless read at an older version). */
export interface Page {
  id: string;
  spaceId: string;
  parentId: string | null;
  position: number;
  status: PageStatus;
  title: string;
  authorId: string;
  ownerId: string;
  lastOwnerId: string | null;
  createdAt: string;
  version: PageVersionInfo;
  body: PageBody;
  /** Version number of the page's latest version (equal to version.number unless historical). */
  latestVersion: number;
}
