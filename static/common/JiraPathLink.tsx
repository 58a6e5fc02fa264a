import { router } from '@forge/bridge';
import { link } from './styles';

/** A link to a page of the Jira site (`/browse/…`, a board …), opened by the host in a new tab. */
export function JiraPathLink({ path, children }: { path: string; children: string }) {
  return (
    <a
      href={path}
      style={{ ...link, textDecoration: 'underline' }}
      onClick={(e) => {
        e.preventDefault();
        void router.open(path);
      }}
    >
      {children}
    </a>
  );
}
