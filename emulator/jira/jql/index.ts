export { compileJql } from './compile-jql';
export { JqlError } from './jql-error';
export { SYSTEM_JQL_FIELDS, TEXT_SYSTEM_FIELD_IDS } from './system-fields';
export type {
  CompiledJql,
  CompileJql,
  JqlEnvironment,
  JqlFieldKind,
  JqlFieldRef,
  JqlIssue,
} from './types';
