// No secret in any report: problems on or next to lines holding passwords, GPP_SA keys or keys written
// into rules are reported in every format (pretty, compact, JSON, SARIF, GitHub) without the secret;
// --show-secrets is the one way to see them.
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
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
