import type { CompetenceRequirements } from '../domain/competence';
import type { RiskMatrixConfig } from '../domain/risk';
import type { AimsIssue } from '../jira/aims-issue';
import type { AppConfig } from '../storage/app-config';
import type { PanelUser } from './panel-types';

/** What every panel builder gets: the issue and its linked issues, both read as the viewer. */
export interface PanelInputs {
  issue: AimsIssue;
  /** Linked issues with their extra fields, by key (from one search). Hidden ones are absent. */
  linked: ReadonlyMap<string, AimsIssue>;
  config: AppConfig;
  /** The site's risk matrix (src/storage/risk-matrix.ts). */
  matrix: RiskMatrixConfig;
  viewer: PanelUser | null;
  now: Date;
  /** An AI Risk's recorded deciders (approver, accepter) who are AIMS managers, read as the viewer. */
  managerAccountIds?: readonly string[];
  /** A Competence Record's: the requirements per AIMS role an AIMS manager keeps. */
  competenceRequirements?: CompetenceRequirements;
}
