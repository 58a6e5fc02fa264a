import crypto from 'node:crypto';
import type { Db } from './database';
import { migrate, prepared } from './database';

export type AccountType = 'atlassian' | 'app';

export interface SiteUser {
  accountId: string;
  accountType: AccountType;
  email: string;
  displayName: string;
  /** API token used with HTTP basic auth (email:token). */
  apiToken: string;
  groups: string[];
  active: boolean;
  timeZone: string;
  locale: string;
}

/** Well-known groups. Project/space permissions and security levels refer to these. */
export const GROUPS = {
  siteAdmins: 'site-admins',
  jiraAdministrators: 'jira-administrators',
  aimsManagers: 'aims-managers',
  aimsAuditors: 'aims-auditors',
  jiraUsers: 'jira-users',
  confluenceUsers: 'confluence-users',
} as const;

export const SEEDED_USERS: readonly Omit<SiteUser, 'active' | 'timeZone' | 'locale'>[] = [
  {
    accountId: '712020:aims-admin-0001',
    accountType: 'atlassian',
    email: 'admin@example.com',
    displayName: 'Ada Admin',
    apiToken: 'admin',
    groups: [
      GROUPS.siteAdmins,
      GROUPS.jiraAdministrators,
      GROUPS.aimsManagers,
      GROUPS.jiraUsers,
      GROUPS.confluenceUsers,
    ],
  },
  {
    accountId: '712020:aims-manager-0002',
    accountType: 'atlassian',
    email: 'manager@example.com',
    displayName: 'Morgan Manager',
    apiToken: 'manager',
    groups: [GROUPS.aimsManagers, GROUPS.jiraUsers, GROUPS.confluenceUsers],
  },
  {
    accountId: '712020:aims-auditor-0003',
    accountType: 'atlassian',
    email: 'auditor@example.com',
    displayName: 'Avery Auditor',
    apiToken: 'auditor',
    groups: [GROUPS.aimsAuditors, GROUPS.jiraUsers, GROUPS.confluenceUsers],
  },
  {
    accountId: '712020:aims-member-0004',
    accountType: 'atlassian',
    email: 'member@example.com',
    displayName: 'Mel Member',
    apiToken: 'member',
    groups: [GROUPS.jiraUsers, GROUPS.confluenceUsers],
  },
];

/** The Forge app's own account (what `asApp()` calls run as). */
export const APP_USER_ACCOUNT_ID = '557058:aims-forge-app';

export class Users {
  constructor(private readonly db: Db) {
    migrate(
      db,
      `CREATE TABLE IF NOT EXISTS users (
         account_id TEXT PRIMARY KEY,
         email TEXT UNIQUE,
         doc TEXT NOT NULL
       )`,
    );
  }

  upsert(user: SiteUser): void {
    prepared(
      this.db,
      `INSERT INTO users (account_id, email, doc) VALUES (?, ?, ?)
         ON CONFLICT(account_id) DO UPDATE SET email = excluded.email, doc = excluded.doc`,
    ).run(user.accountId, user.email, JSON.stringify(user));
  }

  seed(): void {
    for (const u of SEEDED_USERS) {
      this.upsert({ ...u, active: true, timeZone: 'Europe/London', locale: 'en_GB' });
    }
    this.upsert({
      accountId: APP_USER_ACCOUNT_ID,
      accountType: 'app',
      email: '',
      displayName: 'AIMS for Jira & Confluence',
      apiToken: crypto.randomBytes(24).toString('hex'),
      groups: [],
      active: true,
      timeZone: 'UTC',
      locale: 'en_US',
    });
  }

  byAccountId(accountId: string): SiteUser | undefined {
    const row = prepared(this.db, 'SELECT doc FROM users WHERE account_id = ?').get(accountId) as
      { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as SiteUser) : undefined;
  }

  byEmail(email: string): SiteUser | undefined {
    const row = prepared(this.db, 'SELECT doc FROM users WHERE lower(email) = lower(?)').get(
      email,
    ) as { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as SiteUser) : undefined;
  }

  all(): SiteUser[] {
    return (
      prepared(this.db, 'SELECT doc FROM users ORDER BY account_id').all() as { doc: string }[]
    ).map((r) => JSON.parse(r.doc) as SiteUser);
  }

  /** Checks basic-auth credentials; returns the user or undefined. Constant-time token compare. */
  authenticate(email: string, token: string): SiteUser | undefined {
    const user = this.byEmail(email);
    if (!user || !user.active || user.accountType !== 'atlassian') return undefined;
    const a = Buffer.from(user.apiToken);
    const b = Buffer.from(token);
    return a.length === b.length && crypto.timingSafeEqual(a, b) ? user : undefined;
  }

  isSiteAdmin(user: SiteUser): boolean {
    return user.groups.includes(GROUPS.siteAdmins);
  }
}
