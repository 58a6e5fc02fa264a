import { mountApp } from '../../common';
import { AdminPage } from './AdminPage';

void mountApp(
  () => <AdminPage />,
  (locale) => import(`./locales/${locale}.json`),
);
