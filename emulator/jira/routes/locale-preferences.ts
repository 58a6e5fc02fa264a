import type { Router } from 'express';
import { FORGE_SUPPORTED_LOCALE_CODES } from '@forge/i18n';
import { z } from 'zod';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { JiraModels } from '../models/jira-models';
import { parseBody } from './request-body';

/** The languages a person can choose in their profile (Java form, `de_DE`): those Forge supports. */
const PROFILE_LOCALES = new Set(FORGE_SUPPORTED_LOCALE_CODES.map((code) => code.replace('-', '_')));

const localeBody = z.looseObject({ locale: z.string().min(1) });

/**
 * The person's language (the profile setting Forge gives Custom UI as `context.locale`):
 * `GET /rest/api/3/mypreferences/locale` → `{locale}`, `PUT` `{locale}` → 204.
 */
export function registerLocalePreferenceRoutes(router: Router, m: JiraModels): void {
  const users = m.ctx.users;
  route(router, 'jira', 'get', '/rest/api/3/mypreferences/locale', (_req, res) => {
    res.json({ locale: principalOf(res).locale });
  });

  route(router, 'jira', 'put', '/rest/api/3/mypreferences/locale', (req, res) => {
    const { locale } = parseBody(localeBody, req.body);
    if (!PROFILE_LOCALES.has(locale))
      throw new JiraError(400, [`The locale '${locale}' is not supported by this Jira site.`]);
    users.upsert({ ...principalOf(res), locale });
    res.status(204).end();
  });
}
