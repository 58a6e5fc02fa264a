/**
 * How many items a list of the review inputs holds (previous actions, overdue items, improvement
 * opportunities); the counts beside each list are of all of them. Keeps a held review within the
 * 32 KB of the Confluence content property it is stored in.
 */
export const REVIEW_ITEMS_LISTED = 25;
