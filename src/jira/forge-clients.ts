import api from '@forge/api';
import { ProductClient } from './product-client';

/** Jira as the person using the app: what they see is what Jira lets them see. */
export const jiraAsUser = (): ProductClient =>
  new ProductClient((path, init) => api.asUser().requestJira(path, init));

/** Jira as the app: only where the platform requires it (validators, triggers); never shown to a person. */
export const jiraAsApp = (): ProductClient =>
  new ProductClient((path, init) => api.asApp().requestJira(path, init));

export const confluenceAsUser = (): ProductClient =>
  new ProductClient((path, init) => api.asUser().requestConfluence(path, init));

export const confluenceAsApp = (): ProductClient =>
  new ProductClient((path, init) => api.asApp().requestConfluence(path, init));
