import { useState } from 'react';
import { view } from '@forge/bridge';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { ErrorMessage } from '../../common';

/** Custom UI macro configuration: one greeting, saved with view.submit({ config }). */
export function HelloConfig({ greeting }: { greeting: string }) {
  const [value, setValue] = useState(greeting);
  const [error, setError] = useState<unknown>(undefined);
  const save = (): void => {
    view.submit({ config: { greeting: value.trim() } }).catch(setError);
  };
  return (
    <form
      aria-label="Hello macro configuration"
      style={{ padding: token('space.100'), color: token('color.text') }}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label htmlFor="greeting" style={{ display: 'block', marginBottom: token('space.050') }}>
        Greeting
      </label>
      <Textfield
        id="greeting"
        name="greeting"
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
      />
      <div style={{ display: 'flex', gap: token('space.100'), marginTop: token('space.150') }}>
        <Button appearance="primary" type="submit">
          Save
        </Button>
        <Button appearance="subtle" onClick={() => void view.close()}>
          Cancel
        </Button>
      </div>
      {error !== undefined && <ErrorMessage error={error} />}
    </form>
  );
}
