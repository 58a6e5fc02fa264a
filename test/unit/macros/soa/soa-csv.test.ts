import { buildStatementOfApplicability } from '../../../../src/domain/soa';
import { csvField, soaCsv } from '../../../../src/macros/soa/soa-csv';

describe('csvField (RFC 4180)', () => {
  it('leaves plain text alone and quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('AI policy')).toBe('AI policy');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('x\r\ny')).toBe('"x\r\ny"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('soaCsv', () => {
  const soa = buildStatementOfApplicability({
    controls: [
      {
        key: 'AIMS-1',
        controlId: 'ISO42001:A.2.2',
        applicability: 'included',
        justification: 'Required by clause 5.2, "AI policy"',
        implementationStatus: 'implemented',
        ownerAccountId: 'u-1',
        evidence: [
          { url: 'https://wiki.example/policy', label: 'Policy page', date: '2026-05-01' },
        ],
        riskKeys: ['AIMS-50'],
      },
    ],
    risks: [{ key: 'AIMS-50', title: 'Biased outputs', inherentLevel: 'high' }],
    riskBands: [{ id: 'high', label: 'High' }],
  });

  it('has the header, one line per row and CRLF line ends', () => {
    const csv = soaCsv(soa.rows, { 'u-1': 'Alice Admin' });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Control,Title,Objective,Applicability,Justification,Implementation status,Owner,Risks,Evidence',
    );
    expect(lines).toHaveLength(38 + 2); // header, 38 rows, final empty string after the last CRLF
    expect(lines[1]).toBe(
      'ISO42001:A.2.2,AI policy,A.2 Policies related to AI,Included,"Required by clause 5.2, ""AI policy""",Implemented,Alice Admin,AIMS-50 Biased outputs (High),2026-05-01 Policy page <https://wiki.example/policy>',
    );
    expect(lines[2]).toBe(
      'ISO42001:A.2.3,Alignment with other organizational policies,A.2 Policies related to AI,Undecided,,,,,',
    );
  });
});
