/** Jira's fixed status categories. */
export type StatusCategoryKey = 'undefined' | 'new' | 'indeterminate' | 'done';

/** The category names of the bulk status / workflow APIs. */
export type StatusCategoryCode = 'TODO' | 'IN_PROGRESS' | 'DONE';

export interface StatusCategoryInfo {
  id: number;
  key: StatusCategoryKey;
  name: string;
  colorName: string;
}

export const STATUS_CATEGORIES: readonly StatusCategoryInfo[] = [
  { id: 1, key: 'undefined', name: 'No Category', colorName: 'medium-gray' },
  { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  { id: 3, key: 'done', name: 'Done', colorName: 'green' },
];

const BY_CODE: Record<StatusCategoryCode, Exclude<StatusCategoryKey, 'undefined'>> = {
  TODO: 'new',
  IN_PROGRESS: 'indeterminate',
  DONE: 'done',
};

export function categoryByKey(key: StatusCategoryKey): StatusCategoryInfo {
  return (
    STATUS_CATEGORIES.find((c) => c.key === key) ?? (STATUS_CATEGORIES[0] as StatusCategoryInfo)
  );
}

/** By id or key, as `/statuscategory/{idOrKey}` accepts. */
export function findCategory(idOrKey: string): StatusCategoryInfo | undefined {
  return STATUS_CATEGORIES.find((c) => String(c.id) === idOrKey || c.key === idOrKey.toLowerCase());
}

export const categoryKeyOfCode = (
  code: StatusCategoryCode,
): Exclude<StatusCategoryKey, 'undefined'> => BY_CODE[code];

export function categoryCodeOfKey(key: StatusCategoryKey): StatusCategoryCode {
  return key === 'done' ? 'DONE' : key === 'indeterminate' ? 'IN_PROGRESS' : 'TODO';
}
