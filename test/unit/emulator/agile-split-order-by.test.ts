import { splitOrderBy } from '../../../emulator/jira/agile/board-issues';

/** A board's issues are its filter's JQL narrowed by the request's: the filter's ORDER BY is kept apart. */
describe('splitOrderBy', () => {
  it('splits the ORDER BY off a query, in any case', () => {
    expect(splitOrderBy('project = AIMS order by created ASC')).toEqual({
      where: 'project = AIMS',
      orderBy: 'order by created ASC',
    });
    expect(splitOrderBy('ORDER BY key')).toEqual({ where: '', orderBy: 'ORDER BY key' });
    expect(splitOrderBy('project = AIMS')).toEqual({ where: 'project = AIMS', orderBy: '' });
  });

  it('leaves an ORDER BY inside quotes or a word alone', () => {
    expect(splitOrderBy('summary ~ "sort order by date" ORDER BY created')).toEqual({
      where: 'summary ~ "sort order by date"',
      orderBy: 'ORDER BY created',
    });
    expect(splitOrderBy("labels = 'x\\'order by' AND reorder = 1").orderBy).toBe('');
  });
});
