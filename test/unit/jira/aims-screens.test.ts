import {
  AIMS_FIELDS,
  AIMS_ISSUE_TYPES,
  AIMS_SCREEN_SYSTEM_FIELDS,
  AIMS_SCREENS,
  isScreenSystemField,
  screenDefinition,
} from '../../../src/jira/aims-schema';

describe('the AIMS screens', () => {
  it('give every AIMS issue type one screen', () => {
    expect(AIMS_SCREENS.map((s) => s.issueType).sort()).toEqual(
      AIMS_ISSUE_TYPES.map((t) => t.key).sort(),
    );
  });

  it.each(AIMS_ISSUE_TYPES.map((t) => t.key))(
    '%s: exactly its own AIMS fields, once each, and every system field the app sets, summary and description first',
    (type) => {
      const fields = screenDefinition(type).tabs.flatMap((t) => t.fields);
      expect(new Set(fields).size).toBe(fields.length);
      const own = AIMS_FIELDS.filter((f) => f.issueTypes.includes(type)).map((f) => f.key);
      expect(fields.filter((f) => !isScreenSystemField(f)).sort()).toEqual([...own].sort());
      expect(fields.filter(isScreenSystemField).sort()).toEqual(
        [...AIMS_SCREEN_SYSTEM_FIELDS].sort(),
      );
      expect(fields.slice(0, 2)).toEqual(['summary', 'description']);
    },
  );

  it('name each tab once per screen, and leave no tab empty', () => {
    for (const screen of AIMS_SCREENS) {
      const names = screen.tabs.map((t) => t.name.toLowerCase());
      expect(new Set(names).size).toBe(names.length);
      for (const tab of screen.tabs) expect(tab.fields.length).toBeGreaterThan(0);
    }
  });
});
