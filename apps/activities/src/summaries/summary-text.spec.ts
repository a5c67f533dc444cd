import { shownFigures } from './month-figures';
import { SummaryLanguage } from './month-summary.rules';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, escapeXml, shareImageFile, shareImageSvg, wrapText } from './share-image';
import { type SummaryContent, summaryText } from './summary-text';

const row = { teamId: 't', month: '2026-03', approvedMinutes: 12_345, activitiesHeld: 7, residentsReached: 214, activeMembers: 8 };
const content = (overrides: Partial<SummaryContent> = {}): SummaryContent => ({
  teamName: 'Team Afrikaanderwijk',
  month: '2026-03',
  figures: shownFigures(row, true),
  highlightNl: 'De straat is samen met 40 buren schoongemaakt.',
  highlightEn: null,
  ...overrides,
});

/** Width and height from the PNG's IHDR chunk (ISO/IEC 15948 §11.2.2): bytes 16–23, big-endian. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the month figures as shown', () => {
  it('gives hours from approved minutes, and the exact count of people to the team itself', () => {
    expect(shownFigures(row, true)).toEqual({
      month: '2026-03',
      approvedHours: 205.75,
      activitiesHeld: 7,
      residentsReached: 214,
      activeMembers: 8,
    });
  });

  it('hides a count of fewer than 10 people from everyone outside the team, and shows 10', () => {
    expect(shownFigures(row, false).activeMembers).toBeNull();
    expect(shownFigures({ ...row, activeMembers: 10 }, false).activeMembers).toBe(10);
    expect(shownFigures(row, false).residentsReached).toBe(214);
  });
});

describe('the summary text', () => {
  it('is Dutch first, with the month as people say it and Dutch number formatting', () => {
    expect(summaryText(content())).toBe(
      [
        'Team Afrikaanderwijk in maart 2026',
        '',
        '- 205,8 uur vrijwilligerswerk',
        '- 7 activiteiten',
        '- 214 buurtbewoners bereikt',
        '- 8 actieve teamleden',
        '',
        'De straat is samen met 40 buren schoongemaakt.',
      ].join('\n'),
    );
  });

  it('is English when asked, with the English highlight, or the Dutch one when none was written', () => {
    const english = summaryText(content({ highlightEn: 'Forty neighbours cleaned the street.' }), SummaryLanguage.EN);
    expect(english).toContain('Team Afrikaanderwijk in March 2026');
    expect(english).toContain('- 205.8 volunteer hours');
    expect(english).toContain('- 7 activities');
    expect(english.endsWith('Forty neighbours cleaned the street.')).toBe(true);
    expect(summaryText(content(), SummaryLanguage.EN).endsWith('De straat is samen met 40 buren schoongemaakt.')).toBe(true);
  });

  it('leaves out a hidden count of people instead of writing 0', () => {
    const text = summaryText(content({ figures: shownFigures(row, false) }));
    expect(text).not.toContain('teamleden');
    expect(text).not.toContain(' 0 ');
  });
});

describe('the share image', () => {
  it('is a PNG of 1200×630', () => {
    const file = shareImageFile(content(), []);
    const bytes = Buffer.from(file.base64, 'base64');
    expect(pngSize(bytes)).toEqual({ width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT });
    expect(file).toMatchObject({ contentType: 'image/png', fileName: 'buurtvolk-maandoverzicht-2026-03.png', byteSize: bytes.length });
  });

  it('renders text with < & > as text, not markup', () => {
    const hostile = content({ teamName: 'Team <b>&</b>', highlightNl: 'Buren & kinderen <script>alert(1)</script> "samen" > alleen' });
    const svg = shareImageSvg(hostile, []);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('Buren &amp; kinderen &lt;script&gt;');
    expect(pngSize(Buffer.from(shareImageFile(hostile, []).base64, 'base64'))).toEqual({ width: 1200, height: 630 });
  });

  it('embeds up to two photos as data URIs, and still renders 1200×630', () => {
    const tinyPng = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f60000000049454e44ae426082',
      'hex',
    );
    const photo = { contentType: 'image/png', bytes: tinyPng };
    const svg = shareImageSvg(content(), [photo, photo, photo]);
    expect(svg.match(/<image /g)).toHaveLength(2);
    expect(svg).toContain('href="data:image/png;base64,');
    expect(pngSize(Buffer.from(shareImageFile(content(), [photo]).base64, 'base64'))).toEqual({ width: 1200, height: 630 });
  });

  it('wraps a long highlight at spaces and ends what does not fit in an ellipsis', () => {
    expect(wrapText('een twee drie vier', 9, 5)).toEqual(['een twee', 'drie vier']);
    const lines = wrapText('woord '.repeat(100), 20, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2].endsWith('…')).toBe(true);
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});
