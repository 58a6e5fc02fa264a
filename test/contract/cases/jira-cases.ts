import type { ContractCaseTable } from '../support/contract-case';
import { JIRA_CORE_CASES } from './jira-core-cases';
import { JIRA_SCREEN_CASES } from './jira-screen-cases';
import { JIRA_WORKFLOW_CASES } from './jira-workflow-cases';

/** Every Jira contract case, keyed by `<method> <spec path>`. */
export const JIRA_CASES: ContractCaseTable = {
  ...JIRA_CORE_CASES,
  ...JIRA_WORKFLOW_CASES,
  ...JIRA_SCREEN_CASES,
};
