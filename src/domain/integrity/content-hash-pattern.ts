/** How a content hash is written (`sha256:<64 hex digits>`); free of node:crypto, so UIs may use it. */
export const CONTENT_HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;
