import SectionMessage from '@atlaskit/section-message';
import { errorMessageOf } from './error-message';

/** An error as Atlassian products show it: a red section message with the reason. */
export function ErrorMessage({
  error,
  title = 'Something went wrong',
}: {
  error: unknown;
  title?: string;
}) {
  return (
    <div role="alert">
      <SectionMessage appearance="error" title={title}>
        <p>{errorMessageOf(error)}</p>
      </SectionMessage>
    </div>
  );
}
