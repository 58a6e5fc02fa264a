export * from './refusal';
export * from './zod-issue-lines';
