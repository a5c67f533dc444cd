import { escapeXml, sepaIdentifierProblem, toSepaText } from './sepa-text';

describe('SEPA text', () => {
  it('drops accents and keeps the basic Latin set', () => {
    expect(toSepaText('Zoë Ñúñez-Müller, Café Açaí (Brøndby)', 70)).toBe('Zoe Nunez-Muller, Cafe Acai (Brondby)');
    expect(toSepaText("Straße 12/3 ?:().,'+", 70)).toBe("Strasse 12/3 ?:().,'+");
  });

  it('replaces other characters and collapses white space', () => {
    expect(toSepaText('Jan & Piet\t\n  “de Vries” — €25 <b>', 70)).toBe("Jan + Piet 'de Vries' - .25 .b.");
    expect(toSepaText('Ахмед 😀', 70)).toBe('..... .');
  });

  it('truncates to the field length without a trailing space', () => {
    expect(toSepaText('a'.repeat(200), 140)).toHaveLength(140);
    expect(toSepaText('abcd efgh', 5)).toBe('abcd');
  });

  it('checks identifiers against the EPC rules', () => {
    expect(sepaIdentifierProblem('PAYOUT-2026-03-000123')).toBeNull();
    expect(sepaIdentifierProblem('x'.repeat(35))).toBeNull();
    expect(sepaIdentifierProblem('x'.repeat(36))).toMatch(/36 characters long, at most 35/);
    expect(sepaIdentifierProblem('')).toMatch(/empty/);
    expect(sepaIdentifierProblem('a b')).toMatch(/may only contain/);
    expect(sepaIdentifierProblem('é1')).toMatch(/may only contain/);
    expect(sepaIdentifierProblem('/abc')).toMatch(/'\/'/);
    expect(sepaIdentifierProblem('a//b')).toMatch(/'\/\/'/);
  });

  it('escapes XML', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });
});
