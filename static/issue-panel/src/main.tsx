import { mountApp } from '../../common';
import { IssuePanel } from './IssuePanel';

void mountApp(
  () => <IssuePanel />,
  (locale) => import(`./locales/${locale}.json`),
);
