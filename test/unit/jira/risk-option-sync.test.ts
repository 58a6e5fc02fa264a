import { bandOptionChanges, scaleOptionChanges } from '../../../src/jira/risk-option-sync';

const opt = (id: string, value: string, disabled = false) => ({ id, value, disabled });

describe('scale options follow the matrix labels', () => {
  const current = [
    opt('1', '1 - Rare'),
    opt('2', '2 - Unlikely'),
    opt('3', '3 - Possible'),
    opt('4', '4 - Likely'),
    opt('5', '5 - Almost certain'),
  ];

  it('renames each level in place, disables the levels above the scale, deletes nothing', () => {
    expect(scaleOptionChanges(current, ['Rare', 'Unlikely', 'Likely', 'Almost certain'])).toEqual({
      create: [],
      update: [
        { id: '3', value: '3 - Likely', disabled: false },
        { id: '4', value: '4 - Almost certain', disabled: false },
        { id: '5', disabled: true },
      ],
    });
  });

  it('changes nothing when the options already match (a second run)', () => {
    expect(
      scaleOptionChanges(current, ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']),
    ).toEqual({ create: [], update: [] });
  });

  it('re-enables a level that comes back and adds one that never existed', () => {
    const shrunk = [
      opt('1', '1 - A'),
      opt('2', '2 - B'),
      opt('3', '3 - C'),
      opt('4', '4 - D', true),
    ];
    expect(scaleOptionChanges(shrunk, ['A', 'B', 'C', 'D', 'E'])).toEqual({
      create: ['5 - E'],
      update: [{ id: '4', value: '4 - D', disabled: false }],
    });
  });
});

describe('risk level options follow the bands', () => {
  it('adds a new band label, disables labels no band has, keeps matching ones', () => {
    const current = [opt('1', 'Low'), opt('2', 'Medium'), opt('3', 'High'), opt('4', 'Critical')];
    expect(bandOptionChanges(current, ['Low', 'Elevated', 'High'])).toEqual({
      create: ['Elevated'],
      update: [
        { id: '2', disabled: true },
        { id: '4', disabled: true },
      ],
    });
    expect(bandOptionChanges(current, ['low', 'Medium', 'High', 'Critical'])).toEqual({
      create: [],
      update: [],
    });
  });
});
