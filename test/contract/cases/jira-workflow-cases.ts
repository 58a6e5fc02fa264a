import type { ContractCaseTable } from '../support/contract-case';

/** Contract cases for J2's Jira routes: statuses, workflows and the schemes binding them. */
export const JIRA_WORKFLOW_CASES: ContractCaseTable = {};
