// Front ends: exact source ranges, value offset maps and the model's semantics for both formats.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entriesOf, valueOffsetToSource, type Entry } from '../src/model/profile.js';
import { detectFormat } from '../src/parser/parse.js';
import { parseText } from '../src/parser/text-front.js';
import { parseXml } from '../src/parser/xml-front.js';

const only = (entries: Entry[], name: string): Entry => {
  const found = entries.find((e) => e.name === name);
  if (!found) throw new Error(`no entry ${name}`);
  return found;
};
const slice = (s: string, r: { start: number; end: number } | undefined) =>
  r ? s.slice(r.start, r.end) : undefined;

describe('text front end', () => {
  const src =
    'Proxy[1] ! "sip.example.com" ;  # options: a/b\nimport base.cfg\n# note\n\nEmpty "" ; Keep ? ;\n';
  const { profile, diagnostics } = parseText(src, 'a.cfg');
  const entries = entriesOf(profile.items);

  it('keeps name and value ranges separately', () => {
    expect(diagnostics).toEqual([]);
    const proxy = only(entries, 'Proxy[1]');
    expect(slice(src, proxy.nameRange)).toBe('Proxy[1]');
    expect(slice(src, proxy.valueRange)).toBe('sip.example.com');
    expect(slice(src, proxy.range)).toBe('Proxy[1] ! "sip.example.com" ;');
    expect(proxy.comment).toBe('options: a/b');
    expect(valueOffsetToSource(proxy, 4)).toBe(src.indexOf('example'));
  });

  it('distinguishes an empty value from no value', () => {
    expect(only(entries, 'Empty').value).toBe('');
    expect(only(entries, 'Empty').access).toBe('na');
    expect(only(entries, 'Keep').value).toBeUndefined();
    expect(only(entries, 'Keep').access).toBe('ro');
  });

  it('keeps imports, comments and blank lines in order', () => {
    expect(profile.items.map((i) => i.kind)).toEqual([
      'entry',
      'import',
      'comment',
      'blank',
      'entry',
      'entry',
    ]);
    const imp = profile.items[1];
    expect(imp?.kind === 'import' ? slice(src, imp.targetRange) : undefined).toBe('base.cfg');
  });
});

describe('XML front end', () => {
  const src =
    '<flat-profile>\r\n <Dial_Plan_1_ ua="rw"> (S0 &lt;:1&gt;)\r\n x </Dial_Plan_1_>\r\n <Keep/><Empty></Empty>\r\n <G><Sub group="a/b">v</Sub></G>\r\n</flat-profile>';
  const { profile, diagnostics } = parseXml(src, 'a.xml');
  const entries = entriesOf(profile.items);

  it('decodes entities, turns line breaks into spaces and trims', () => {
    expect(diagnostics).toEqual([]);
    expect(only(entries, 'Dial_Plan_1_').value).toBe('(S0 <:1>)  x');
    expect(only(entries, 'Dial_Plan_1_').access).toBe('rw');
  });

  it('maps value offsets back through entities and CRLF', () => {
    const plan = only(entries, 'Dial_Plan_1_');
    expect(slice(src, plan.valueRange)).toBe('(S0 &lt;:1&gt;)\r\n x');
    expect(valueOffsetToSource(plan, 4)).toBe(src.indexOf('&lt;'));
    expect(valueOffsetToSource(plan, 5)).toBe(src.indexOf(':1'));
    expect(valueOffsetToSource(plan, 7)).toBe(src.indexOf('&gt;'));
    expect(valueOffsetToSource(plan, 11)).toBe(src.indexOf(' x <') + 1);
  });

  it('keeps unchanged, empty, group paths and other attributes apart', () => {
    expect(only(entries, 'Keep').value).toBeUndefined();
    expect(only(entries, 'Empty').value).toBe('');
    expect(only(entries, 'Empty').access).toBeUndefined();
    expect(only(entries, 'Sub').path).toEqual(['G']);
    expect(only(entries, 'Sub').attributes).toEqual({ group: 'a/b' });
  });
});

describe('format detection', () => {
  it('reads the content, never the name', () => {
    expect(detectFormat('  <flat-profile/>')).toBe('xml');
    expect(detectFormat('\uFEFF<?xml version="1.0"?>')).toBe('xml');
    expect(detectFormat('leftover {$x}\n<flat-profile>\n</flat-profile>')).toBe('xml');
    expect(detectFormat('Proxy[1] "<flat-profile>" ;')).toBe('text');
    expect(detectFormat('')).toBe('text');
  });

  it('decides as the two patterns alone did (a substring search only skips a scan that cannot match)', () => {
    const reference = (source: string) =>
      /^[\uFEFF\s]*</.test(source) || /^[ \t]*<(?:flat-profile\b|\?xml\b)/m.test(source) ? 'xml' : 'text';
    const piece = fc.constantFrom(
      '<flat-profile',
      '<flat-profiles',
      '<?xml',
      '<?xml-x',
      'A "1";',
      ' ',
      '\t',
      '\n',
      '\r',
      '<',
      '>',
      'x',
      '\uFEFF',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const source = parts.join('');
        expect(detectFormat(source)).toBe(reference(source));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('hostile XML', () => {
  it('reports unterminated openers one by one and never expands entities', () => {
    const openers = '<flat-profile>\n' + '<!--x\n<?x\n<![CDATA[x\n<!DOCTYPE [\n'.repeat(200);
    const codes = parseXml(openers, 'h.xml').diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === 'SPAC1110')).toHaveLength(600);
    expect(codes.filter((c) => c === 'SPAC1102')).toHaveLength(200);
    const laughs =
      '<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>\n<flat-profile><X>&b;</X></flat-profile>';
    const parsed = parseXml(laughs, 'l.xml');
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['SPAC1102', 'SPAC1103']);
    expect(entriesOf(parsed.profile.items)[0]?.value).toBe('');
  });
});
