// Workspace: folders, quoted globs and ignore rules on the command line, over memory and the real disk.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeHost } from '../src/node/node-host.js';
import { expandInputs } from '../src/workspace/input-patterns.js';
import { memoryIo } from './support/memory-io.js';

const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

describe('expandInputs', () => {
  it('walks a folder for profiles, never into version control or installed packages', async () => {
    const io = memoryIo({
      'p/a.cfg': '',
      'p/b.XML': '',
      'p/c.spc': '',
      'p/notes.md': '',
      'p/.git/x.cfg': '',
      'p/node_modules/y.cfg': '',
      'p/deep/er/z.cfg': '',
    });
    const r = await expandInputs(io, ['p']);
    expect(r.files).toEqual(['p/a.cfg', 'p/b.XML', 'p/c.spc', 'p/deep/er/z.cfg']);
    expect(r.diagnostics).toEqual([]);
  });

  it('keeps plain paths as given (a missing one is reported when read), each file once', async () => {
    const io = memoryIo({ 'a.cfg': '', 'b/c.cfg': '' });
    const r = await expandInputs(io, ['missing.cfg', '-', 'a.cfg', 'b/*.cfg', 'b/c.cfg', './a.cfg']);
    expect(r.files).toEqual(['missing.cfg', '-', 'a.cfg', 'b/c.cfg', './a.cfg']);
  });

  it('matches globs with ** and braces; a glob or folder naming nothing is SPAC9004', async () => {
    const io = memoryIo({ 's/x/1.cfg': '', 's/y/2.xml': '', 's/3.cfg': '', 'empty/readme.md': '' });
    const r = await expandInputs(io, ['s/**/*.{cfg,xml}', 's/*.cgf', 'empty']);
    expect(r.files).toEqual(['s/3.cfg', 's/x/1.cfg', 's/y/2.xml']);
    expect(codes(r)).toEqual(['SPAC9004', 'SPAC9004']);
    expect(r.diagnostics[1]?.file).toBe('empty');
    expect(r.diagnostics[1]?.message).toContain('folder');
  });

  it('leaves out what .spacignore and the config say, relative to their folders, explicit files too', async () => {
    const io = memoryIo({
      '.spacignore': '# comment\narchive/\n!keep.cfg\n*.bak.cfg\n',
      'spac.config.json': '{ "ignore": ["sub/generated-*.cfg"] }',
      'p/archive/old.cfg': '',
      'p/a.cfg': '',
      'p/a.bak.cfg': '',
      'sub/generated-1.cfg': '',
      'sub/mine.cfg': '',
    });
    const r = await expandInputs(io, ['.', 'p/a.bak.cfg']);
    expect(r.files).toEqual(['p/a.cfg', 'sub/mine.cfg']);
  });

  it('takes every path as a file on a host that cannot list folders', async () => {
    const io = memoryIo({ 'a.cfg': '' });
    const host = { cwd: io.cwd, readFile: io.readFile, readStdin: io.readStdin };
    expect((await expandInputs(host, ['*.cfg'])).files).toEqual(['*.cfg']);
  });

  it('walks the real disk without following a symlink loop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spac-walk-'));
    mkdirSync(join(dir, 'p', 'q'), { recursive: true });
    writeFileSync(join(dir, 'p', 'q', 'a.cfg'), '');
    symlinkSync(join(dir, 'p'), join(dir, 'p', 'q', 'loop'));
    const r = await expandInputs(nodeHost(dir), ['p', 'p/**/*.cfg']);
    expect(r.files).toEqual(['p/q/a.cfg']);
  });
});
