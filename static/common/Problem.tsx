import SectionMessage from '@atlaskit/section-message';
import { detailsOf } from './resolver-call';
import { errorMessageOf } from './error-message';

/** A refusal or failure with its reasons, as a red section message. */
export function Problem({
  error,
  title,
  testId,
}: {
  error: unknown;
  title: string;
  testId?: string;
}) {
  const details = detailsOf(error);
  return (
    <div role="alert" data-testid={testId}>
      <SectionMessage appearance="error" title={title}>
        <p>{errorMessageOf(error)}</p>
        {details.length > 0 && (
          <ul>
            {details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
      </SectionMessage>
    </div>
  );
}
