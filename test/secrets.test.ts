// No secret in any report: problems on or next to lines holding passwords, GPP_SA keys or keys written
// into rules are reported in every format (pretty, compact, JSON, SARIF, GitHub) without the secret;
// --show-secrets is the one way to see them.
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { diagnostic } from '../src/diagnostics/diagnostic.js';
import { builtinSchemas } from '../src/schema/builtin.js';
import { schemaIndex } from '../src/schema/lookup.js';
import { hideSecrets } from '../src/workspace/secrets.js';
import { memoryIo } from './support/memory-io.js';

const SECRETS = [
  'S3cretPassw0rd',
  '0123456789abcdef0123456789abcdef',
  'k3y-in-the-rule',
  'Unterminat3dSecret',
];

const PROFILE = [
  'Password[1] ! "S3cretPassw0rd" ;',
  'GPP_SA "0123456789abcdef0123456789abcdef" ;',
  'Profile_Rule "[--key k3y-in-the-rule] http://prov.example.com:0/$MA.cfg" ;',
  'Proxy[1] "sip.example.com" ;',
  'Password[2] "Unterminat3dSecret ;',
  '',
].join('\n');

async function run(args: string[]) {
  const io = memoryIo({ 'site.cfg': PROFILE });
  const exit = await main(args, io);
  return { exit, text: io.out() + io.err() };
}

describe('secrets in reports', () => {
  it.each(['pretty', 'compact', 'json', 'sarif', 'github', 'gitlab', 'junit'])(
    'check --format %s prints none',
    async (format) => {
      const { exit, text } = await run(['check', 'site.cfg', '--target', 'SPA504G', '--format', format]);
      expect(exit).toBe(1);
      expect(text).toMatch(/SPAC\d{4}/);
      for (const secret of SECRETS) expect(text, `${format}: ${secret}`).not.toContain(secret);
    },
  );

  it.each(['pretty', 'compact', 'json', 'sarif', 'github', 'gitlab', 'junit'])(
    'compile --diagnostics %s prints none',
    async (format) => {
      const { text } = await run([
        'compile',
        'site.cfg',
        '--target',
        'SPA504G',
        '--diagnostics',
        format,
        '-o',
        '-',
      ]);
      expect(text).toMatch(/SPAC\d{4}/);
      for (const secret of SECRETS) expect(text, `${format}: ${secret}`).not.toContain(secret);
    },
  );

  it('check --fix-dry-run shows its diff without them, --print-config and --quiet too', async () => {
    for (const args of [
      ['check', 'site.cfg', '--fix-dry-run'],
      ['check', 'site.cfg', '--print-config'],
      ['check', 'site.cfg', '--quiet', '--format', 'compact'],
    ]) {
      const { text } = await run(args);
      for (const secret of SECRETS) expect(text, `${args.join(' ')}: ${secret}`).not.toContain(secret);
    }
    // A fix on the very line that holds the secret: the diff shows the line, blanked.
    const io = memoryIo({ 'a.cfg': 'Password[1] "S3cretPassw0rd"\nLine_Enable[1] "yes" ;\n' });
    await main(['check', 'a.cfg', '--fix-dry-run'], io);
    expect(io.out()).toContain('+Password[1] "**************" ;');
    expect(io.out() + io.err()).not.toContain('S3cretPassw0rd');
  });

  it('keeps every other character of the frame where it was', async () => {
    const { text } = await run(['check', 'site.cfg', '--target', 'SPA504G']);
    expect(text).toContain('Password[1] ! "**************" ;');
    expect(text).toContain('[--key ***************] http://prov.example.com:0/$MA.cfg');
  });

  it('fmt reports its syntax errors without them (--show-secrets shows them)', async () => {
    const { exit, text } = await run(['fmt', 'site.cfg']);
    expect(exit).toBe(1);
    expect(text).toMatch(/SPAC1\d{3}/);
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
    expect((await run(['fmt', 'site.cfg', '--show-secrets'])).text).toContain('Unterminat3dSecret');
  });

  it('--show-secrets shows them', async () => {
    const { text } = await run(['check', 'site.cfg', '--target', 'SPA504G', '--show-secrets']);
    expect(text).toContain('S3cretPassw0rd');
  });
});

// What the parsers could not read is searched by the name alone, on the lines a report shows, the lines
// of neighbouring problems as one window (no entries here: nothing was parsed).
describe('secrets on lines no parser read', () => {
  const hidden = (text: string, lines: number[]) => {
    const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
    const diagnostics = lines.map((line) => {
      const start = starts[line - 1] ?? 0;
      return diagnostic('SPAC1101', 'f', { start, end: start + 1 }, { token: "'\"'" });
    });
    return hideSecrets({ files: [], sources: new Map([['f', text]]) }, undefined, diagnostics).sources.get(
      'f',
    );
  };

  it.each([
    [
      'after a tag left open on the line before',
      '<Proxy_1_ ua="na\n<Password_1_ ua="na">0penTagSecret\n',
      [1, 2],
    ],
    [
      'after an unterminated string on the line before',
      'Proxy[1] "sip\nPassword[1] "0penTagSecret\n',
      [1, 2],
    ],
    ['in a start tag over two lines', '<Password_1_\n  ua="na">0penTagSecret\n', [1, 2]],
    [
      'on the last of many lines with problems',
      `${'Proxy[1] "sip\n'.repeat(50)}Password[1] "0penTagSecret`,
      [...Array(51).keys()].map((i) => i + 1),
    ],
  ])('blanks a secret %s', (_, text, lines) => {
    const out = hidden(text, lines);
    expect(out).not.toContain('0penTagSecret');
    expect(out).toContain('*************');
    expect(out?.length).toBe(text.length);
  });

  it('blanks a secret whose name the parser read as another name at the same place', async () => {
    // The parser reads 'GPP' (then stops at 'SA'); the line's name is 'GPP SA', the tag GPP_SA.
    for (const line of ['GPP SA "Tw0WordSecret" ;\n', '  GPP SA ! "Tw0WordSecret" ;\n']) {
      const io = memoryIo({ 'site.cfg': `Proxy[1] "sip.example.com" ;\n${line}` });
      expect(await main(['check', 'site.cfg', '--target', 'SPA504G'], io)).toBe(1);
      expect(io.out() + io.err()).toMatch(/site\.cfg:2:/);
      expect(io.out() + io.err()).not.toContain('Tw0WordSecret');
    }
  });

  it('leaves lines no problem shows as they are', () => {
    const text = 'Proxy[1] "sip"\nX "1"\nPassword[1] "0penTagSecret\n';
    expect(hidden(text, [1])).toBe(text);
  });
});

describe('which names are secret', () => {
  it('is the same whether or not the check has found the name before (a line name is kept once found)', async () => {
    const schemas = await builtinSchemas();
    const tags = schemas.flatMap((family) =>
      family.parameters.flatMap((p) =>
        p.xml.includes('{n}') ? [1, 2, 12, 99].map((n) => p.xml.replace('{n}', String(n))) : [p.xml],
      ),
    );
    const fresh = schemaIndex(schemas);
    const found = schemaIndex(schemas);
    for (const tag of tags) found.find(tag);
    const differing = tags.filter((tag) => fresh.secret(tag) !== found.secret(tag));
    expect(differing).toEqual([]);
    expect(tags.filter((tag) => found.secret(tag)).length).toBeGreaterThan(12);
    expect(tags.some((tag) => /_\d+_$/.test(tag) && found.secret(tag))).toBe(true);
  });
});
