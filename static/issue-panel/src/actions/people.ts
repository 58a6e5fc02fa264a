import { useEffect, useState } from 'react';
import { callResolver } from '../../../common';
import type { PanelPeopleView } from '../../../../src/ui-contract/issue-panel-view';
import { panelPeopleSchema } from '../../../../src/ui-contract/issue-panel-view';

export type People = PanelPeopleView['people'];

/** The people the viewer may choose from, read once when a picker is shown (as the viewer). */
export function usePeople(wanted: boolean): { people: People; problem: unknown } {
  const [people, setPeople] = useState<People>([]);
  const [problem, setProblem] = useState<unknown>(undefined);
  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    callResolver('getPeople', panelPeopleSchema).then(
      (view) => live && setPeople(view.people),
      (err: unknown) => live && setProblem(err),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return { people, problem };
}
