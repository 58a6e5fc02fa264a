import { CsvSyntaxError, parseCsv } from '../../../src/findings/csv-parser';

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF', () => {
    const records = parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\n\nlast,,\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 5, fields: ['last', '', ''] },
    ]);
  });

  it('keeps a final record without a line break, and an empty quoted field', () => {
    expect(parseCsv('a,""')).toEqual([{ line: 1, fields: ['a', ''] }]);
  });

  it('refuses an unclosed quote and a stray quote, naming the line', () => {
    expect(() => parseCsv('a\n"open,b')).toThrow(
      new CsvSyntaxError(2, 'a quoted field is not closed'),
    );
    expect(() => parseCsv('a\nab"c')).toThrow(/Line 2: a quote may only start a field/);
    expect(() => parseCsv('"a"b')).toThrow(/Line 1: a quoted field must end/);
  });
});
