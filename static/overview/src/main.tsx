import { mountApp } from '../../common';
import { OverviewPage } from './OverviewPage';

void mountApp(
  () => <OverviewPage />,
  (locale) => import(`./locales/${locale}.json`),
);
