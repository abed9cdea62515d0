// The workspace layer is the library's: a library user with the Node host reproduces `spac check` exactly
// (config discovery and inheritance, overrides, directives, suppressions, severities, imports).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { nodeIo } from '../src/cli/node-io.js';
import { checkFiles, renderDiagnostics } from '../src/index.js';
import { nodeHost } from '../src/node/node-host.js';
import { memoryIo } from './support/memory-io.js';

const root = mkdtempSync(join(tmpdir(), 'spac-workspace-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const files: Record<string, string> = {
  'fleet.spac.json': '{ "rules": { "SPAC3005": "off" } }',
  'spac.config.json': `{
    "extends": "fleet.spac.json",
    "target": "SPA504G",
    "rules": { "SPAC3001": "error" },
    "overrides": [{ "files": ["ata/*.cfg"], "target": "SPA2102" }]
  }`,
  'base.cfg': 'Resync_Periodic "3600" ;\nLine_Enabel[2] "Yes" ;\n',
  'site.cfg':
    'import base.cfg\n# spac-disable-next-line SPAC3002\nEnable_Web_Server "Maybe" ;\nPassword[1] "x" ;\nLine_Enabel[1] "Yes" ;\n',
  'ata/door.cfg': 'Line_Enable[2] "Yes" ;\nTime_Zone "GMT-5" ;\n',
  'other.cfg': '# spac: target=SPA962\nLine_Enable[6] "Yes" ;\nLine_Enable[7] "Yes" ;\n',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(join(root, name, '..'), { recursive: true });
  writeFileSync(join(root, name), text);
}
const paths = ['site.cfg', 'ata/door.cfg', 'other.cfg', 'missing.cfg'];

describe('workspace as a library', () => {
  it('checkFiles with nodeHost gives what spac check prints, problem for problem', async () => {
    const io = { ...nodeIo(), ...nodeHost(root) };
    const captured = memoryIo();
    const exit = await main(['check', '--format', 'json', ...paths], {
      ...io,
      stdout: captured.stdout,
      stderr: captured.stderr,
    });
    const fromCli: unknown = JSON.parse(captured.out());

    const checked = await checkFiles(nodeHost(root), paths, {});
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const fromLibrary: unknown = JSON.parse(
      renderDiagnostics(checked.diagnostics, 'json', { sources: checked.sources }),
    );
    expect(fromLibrary).toEqual(fromCli);
    expect(exit).toBe(2); // missing.cfg cannot be read
    expect(checked.ioFailed).toBe(true);
    const codes = checked.diagnostics.map((d) => `${d.file}:${d.code}:${d.severity}`);
    expect(codes).toContain('site.cfg:SPAC3001:error'); // the config's severity
    expect(codes).toContain('base.cfg:SPAC3001:warning'); // an import of the input
    expect(codes).not.toContain('site.cfg:SPAC3002:error'); // suppressed
    expect(codes.some((c) => c.startsWith('site.cfg:SPAC3005'))).toBe(false); // off in the extended config
    expect(codes).toContain('other.cfg:SPAC3004:warning'); // the directive's target over the config's
    expect(codes).toContain('ata/door.cfg:SPAC3002:error'); // the override's target SPA2102
    expect(codes).toContain('missing.cfg:SPAC9001:error');
  });

  it('a broken config is a refusal with located diagnostics, not a throw', async () => {
    const dir = mkdtempSync(join(root, 'broken-'));
    writeFileSync(join(dir, 'spac.config.json'), '{ "target": 5 }');
    writeFileSync(join(dir, 'a.cfg'), 'Resync_Periodic "1" ;\n');
    const checked = await checkFiles(nodeHost(dir), ['a.cfg'], {});
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.diagnostics.map((d) => d.code)).toEqual(['SPAC7001']);
    expect(checked.diagnostics[0]?.file.endsWith('spac.config.json')).toBe(true);
  });

  it('an unknown target is a refusal whose diagnostic concerns the run, not a file', async () => {
    const checked = await checkFiles(nodeHost(root), ['site.cfg'], { target: 'SPA999' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.diagnostics).toMatchObject([{ code: 'SPAC3006', file: '' }]);
  });
});
