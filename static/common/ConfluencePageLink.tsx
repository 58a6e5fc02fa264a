import { router } from '@forge/bridge';
import { link } from './styles';

/** A Confluence page by its title, as a link the host opens (router.navigate), keyboard usable. */
export function ConfluencePageLink({
  pageId,
  title,
  testId,
}: {
  pageId: string;
  title: string;
  testId?: string;
}) {
  return (
    <a
      href={`/wiki/pages/${encodeURIComponent(pageId)}`}
      style={{ ...link, textDecoration: 'underline' }}
      data-testid={testId}
      onClick={(e) => {
        e.preventDefault();
        void router.navigate({ target: 'contentView', contentId: pageId });
      }}
    >
      {title}
    </a>
  );
}
