import type { Router } from 'express';
import { z } from 'zod';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { JiraModels } from '../models/jira-models';
import type { ScreenDoc, ScreenTabDoc } from '../models/screens';
import { DEFAULT_SCREEN_ID } from '../models/screens';
import { screenableFieldView, screenTabView, screenView } from '../views/screen-views';
import { namedListPage } from './named-list';
import { requireAdmin } from './admin-access';
import { param } from './query-params';
import { parseBody } from './request-body';

const screenSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'The screen name must not be empty.')
    .max(255, 'The screen name must not exceed 255 characters.'),
  description: z.string().max(255, 'The description must not exceed 255 characters.').optional(),
});
const tabSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'The tab name must not be empty.')
    .max(255, 'The tab name must not exceed 255 characters.'),
});
const addFieldSchema = z.object({ fieldId: z.string().min(1, 'The field ID is required.') });

/** Fields Jira keeps off screens: they are set by Jira itself (or choose the project). */
const NOT_SCREENABLE = new Set([
  'project',
  'status',
  'statusCategory',
  'created',
  'updated',
  'creator',
  'resolutiondate',
  'statuscategorychangedate',
  'subtasks',
  'comment',
]);

/**
 * Screens, their tabs and the fields on each tab. A new screen has one empty tab ("Field Tab");
 * a field can be on a screen once (on one of its tabs); a new custom field is on no screen until
 * it is added (here, or to the Default Screen with `addToDefault`).
 */
export function registerScreenRoutes(router: Router, m: JiraModels): void {
  const ctx = m.ctx;
  const admin = (res: Parameters<typeof principalOf>[0]): void => requireAdmin(m, principalOf(res));

  const screenOr404 = (raw: string): ScreenDoc => {
    const screen = /^\d+$/.test(raw) ? m.screens.byId(raw) : undefined;
    if (!screen) throw new JiraError(404, [`The screen with ID '${raw}' was not found.`]);
    return screen;
  };
  const tabOr404 = (screen: ScreenDoc, raw: string): ScreenTabDoc => {
    const tab = screen.tabs.find((t) => t.id === raw);
    if (!tab)
      throw new JiraError(404, [`The screen tab with ID '${raw}' was not found on the screen.`]);
    return tab;
  };
  /** Adds a field to a tab with Jira's refusals: unknown field, kept off screens, already there. */
  const addField = (screen: ScreenDoc, tab: ScreenTabDoc, fieldId: string): void => {
    const info = m.catalog.byId(fieldId);
    if (!info) throw new JiraError(404, [`The field with ID '${fieldId}' was not found.`]);
    if (NOT_SCREENABLE.has(fieldId))
      throw new JiraError(400, [`The field '${info.name}' can't be added to a screen.`]);
    if (m.screens.tabOfField(screen, fieldId)) {
      throw new JiraError(400, [`The field '${info.name}' is already on the screen.`]);
    }
    m.screens.addField(screen, tab.id, fieldId);
  };

  route(router, 'jira', 'get', '/rest/api/3/screens', (req, res) => {
    admin(res);
    res.json(namedListPage(ctx, req, m.screens.all(), screenView, 100));
  });

  route(router, 'jira', 'post', '/rest/api/3/screens', (req, res) => {
    admin(res);
    const body = parseBody(screenSchema, req.body);
    if (m.screens.byName(body.name))
      throw new JiraError(400, ['The name is used by another screen.']);
    res.status(201).json(screenView(m.screens.create(body.name, body.description ?? '')));
  });

  route(router, 'jira', 'post', '/rest/api/3/screens/addToDefault/{fieldId}', (req, res) => {
    admin(res);
    const screen = screenOr404(DEFAULT_SCREEN_ID);
    const fieldId = param(req, 'fieldId');
    if (m.catalog.byId(fieldId) && m.screens.tabOfField(screen, fieldId)) {
      throw new JiraError(404, [
        `The field with ID '${fieldId}' is already on the Default Screen.`,
      ]);
    }
    const tab = screen.tabs[0];
    if (!tab) throw new JiraError(404, ['The Default Screen has no tab.']);
    addField(screen, tab, fieldId);
    res.json({});
  });

  route(router, 'jira', 'get', '/rest/api/3/screens/{screenId}/tabs', (req, res) => {
    admin(res);
    const raw = param(req, 'screenId');
    if (!/^\d+$/.test(raw)) throw new JiraError(400, [`The screen ID '${raw}' is not valid.`]);
    res.json(screenOr404(raw).tabs.map(screenTabView));
  });

  route(router, 'jira', 'post', '/rest/api/3/screens/{screenId}/tabs', (req, res) => {
    admin(res);
    const screen = screenOr404(param(req, 'screenId'));
    const body = parseBody(tabSchema, req.body);
    if (screen.tabs.some((t) => t.name.toLowerCase() === body.name.toLowerCase()))
      throw new JiraError(400, [], { name: 'A tab with this name already exists on the screen.' });
    res.json(screenTabView(m.screens.addTab(screen, body.name)));
  });

  route(router, 'jira', 'put', '/rest/api/3/screens/{screenId}/tabs/{tabId}', (req, res) => {
    admin(res);
    const screen = screenOr404(param(req, 'screenId'));
    const tab = tabOr404(screen, param(req, 'tabId'));
    const body = parseBody(tabSchema, req.body);
    if (
      screen.tabs.some((t) => t.id !== tab.id && t.name.toLowerCase() === body.name.toLowerCase())
    )
      throw new JiraError(400, [], { name: 'A tab with this name already exists on the screen.' });
    res.json(screenTabView(m.screens.renameTab(screen, tab.id, body.name)));
  });

  // "Returns the fields that can be added to a tab on a screen": every field that can be on a
  // screen and is on none of this screen's tabs (a field is on a screen once).
  route(router, 'jira', 'get', '/rest/api/3/screens/{screenId}/availableFields', (req, res) => {
    admin(res);
    const screen = screenOr404(param(req, 'screenId'));
    res.json(
      m.catalog
        .all()
        .filter((f) => !NOT_SCREENABLE.has(f.id) && !m.screens.tabOfField(screen, f.id))
        .map((f) => screenableFieldView(m.catalog, f.id)),
    );
  });

  route(router, 'jira', 'get', '/rest/api/3/screens/{screenId}/tabs/{tabId}/fields', (req, res) => {
    admin(res);
    const screen = screenOr404(param(req, 'screenId'));
    const tab = tabOr404(screen, param(req, 'tabId'));
    res.json(
      tab.fieldIds
        .filter((id) => m.catalog.byId(id))
        .map((id) => screenableFieldView(m.catalog, id)),
    );
  });

  route(
    router,
    'jira',
    'post',
    '/rest/api/3/screens/{screenId}/tabs/{tabId}/fields',
    (req, res) => {
      admin(res);
      const screen = screenOr404(param(req, 'screenId'));
      const tab = tabOr404(screen, param(req, 'tabId'));
      const body = parseBody(addFieldSchema, req.body);
      addField(screen, tab, body.fieldId);
      res.json(screenableFieldView(m.catalog, body.fieldId));
    },
  );
}
