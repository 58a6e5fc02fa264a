import { describeResponseContract } from './support/describe-response-contract';
import { CONFLUENCE_CASES } from './cases/confluence-cases';

describeResponseContract('confluence', CONFLUENCE_CASES, 'test/contract/cases/confluence-cases.ts');
