import type { AimsRole } from '../../../src/domain/authorization';
import type { Translator } from '../../common/i18n/translator';

type T = Translator['t'];

/** How the admin page speaks of an AIMS role, in the viewer's language. */
export interface RoleText {
  /** In running text ("the top management role"). */
  name: string;
  /** As a field's title ("Top management"). */
  title: string;
  /** The title of the field naming its Jira group ("Top management group"). */
  group: string;
  /** What the role may do. */
  hint: string;
}

const ROLE_TEXT: Readonly<Record<AimsRole, (t: T) => RoleText>> = {
  manager: (t) => ({
    name: t('admin.role.manager.name'),
    title: t('admin.role.manager.title'),
    group: t('admin.role.manager.group'),
    hint: t('admin.role.manager.hint'),
  }),
  topManagement: (t) => ({
    name: t('admin.role.topManagement.name'),
    title: t('admin.role.topManagement.title'),
    group: t('admin.role.topManagement.group'),
    hint: t('admin.role.topManagement.hint'),
  }),
  auditor: (t) => ({
    name: t('admin.role.auditor.name'),
    title: t('admin.role.auditor.title'),
    group: t('admin.role.auditor.group'),
    hint: t('admin.role.auditor.hint'),
  }),
  member: (t) => ({
    name: t('admin.role.member.name'),
    title: t('admin.role.member.title'),
    group: t('admin.role.member.group'),
    hint: t('admin.role.member.hint'),
  }),
};

export const roleText = (t: T, role: AimsRole): RoleText => ROLE_TEXT[role](t);
