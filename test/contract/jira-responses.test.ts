import { describeResponseContract } from './support/describe-response-contract';
import { JIRA_CASES } from './cases/jira-cases';

describeResponseContract('jira', JIRA_CASES, 'test/contract/cases/jira-*-cases.ts');
