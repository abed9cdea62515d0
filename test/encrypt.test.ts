// Encryption the phones accept: known answers from OpenSSL, and interop with the real `openssl` command
// both ways over random keys and payloads (empty and block-aligned ones included).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { gzip, gunzip } from '../src/encrypt/gzip.js';
import {
  decryptOpenssl,
  encryptOpenssl,
  evpBytesToKey,
  reproducibleSalt,
  type Digest,
} from '../src/encrypt/openssl.js';
import { decryptProfile, looksLikeProfile, unwrapProfile } from '../src/encrypt/unwrap.js';
import { declaredText } from '../src/encrypt/xml-encoding.js';
import { wrapProfile } from '../src/encrypt/wrap.js';
import { memoryIo } from './support/memory-io.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();
const salt = Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8);
const phrase = 'SecretPhrase1234';
const profile = '<flat-profile>\n  <Resync_Periodic>3600</Resync_Periodic>\n</flat-profile>\n';

// Printed by `openssl enc -aes-256-cbc -md <digest> -S 0102030405060708 -k SecretPhrase1234 -P` (3.0.19).
describe('known answers', () => {
  it('derives key and IV as EVP_BytesToKey does with MD5 and with SHA-256', () => {
    const md5 = evpBytesToKey(Buffer.from(phrase), salt, 'md5');
    expect(hex(md5.key)).toBe('75618538A4502FA7161D6DC303F2A1F1C0EE19362EE647E725505C3C52364C82');
    expect(hex(md5.iv)).toBe('04CA41F7B4E382DA569224B0C61B445A');
    const sha = evpBytesToKey(Buffer.from(phrase), salt, 'sha256');
    expect(hex(sha.key)).toBe('EC2A2D45A836181F7FA96D7E6204D9C24CD45FF1E1062E3B2DAE7E7BAA7D63A8');
    expect(hex(sha.iv)).toBe('E10DD0D54AEFDDC59586871B1A7BD83C');
  });

  it('writes the ciphertext openssl writes for a fixed salt, after Salted__ and the salt', () => {
    const out = encryptOpenssl(Buffer.from(profile), phrase, { salt, digest: 'md5' });
    expect(Buffer.from(out.subarray(0, 16)).toString('latin1')).toBe(
      'Salted__\x01\x02\x03\x04\x05\x06\x07\x08',
    );
    expect(Buffer.from(out.subarray(16)).toString('hex')).toBe(
      '44ab1246e5d4fcbce76873ed2bdd6978d686f8600ff57febf9909a57e9933d43f258348712984719b2eae049cdd5fa1bb8eb75cd5909123709eb584625c7a72775b21ce1f9a4d7b141ff71d7e4e75590',
    );
    expect(
      Buffer.from(encryptOpenssl(new Uint8Array(0), phrase, { salt }).subarray(16)).toString('hex'),
    ).toBe('677cf94cb7db0a9c2ca8c2f35af40413');
  });

  it('gives the same bytes for the same key and profile with a reproducible salt, and other bytes otherwise', () => {
    const a = wrapProfile(profile, { key: phrase, reproducible: true });
    expect(wrapProfile(profile, { key: phrase, reproducible: true })).toEqual(a);
    expect(wrapProfile(`${profile} `, { key: phrase, reproducible: true })).not.toEqual(a);
    expect(wrapProfile(profile, { key: phrase })).not.toEqual(a);
    expect(reproducibleSalt(Buffer.from(profile), phrase)).toHaveLength(8);
  });

  it('writes gzip that does not depend on the time or the platform', () => {
    const packed = gzip(Buffer.from(profile));
    expect([...packed.subarray(4, 10)]).toEqual([0, 0, 0, 0, 2, 3]);
    const back = gunzip(packed);
    expect(back.ok && Buffer.from(back.bytes).toString()).toBe(profile);
  });
});

describe('reading encrypted profiles', () => {
  const sealed = wrapProfile(profile, { key: phrase, gzip: true });

  it('takes off AES and gzip, trying MD5 then SHA-256', () => {
    expect(unwrapProfile(sealed, 'p')).toMatchObject({ ok: false, code: 'SPAC6001' });
    expect(unwrapProfile(sealed, 'p', { key: phrase })).toEqual({
      ok: true,
      text: profile,
      layers: ['aes-256-cbc', 'gzip'],
      digest: 'md5',
    });
    const sha = wrapProfile(profile, { key: phrase, digest: 'sha256' });
    expect(unwrapProfile(sha, 'p', { key: phrase })).toMatchObject({ ok: true, digest: 'sha256' });
    expect(unwrapProfile(sha, 'p', { key: phrase, digest: 'md5' })).toMatchObject({ code: 'SPAC6002' });
  });

  it('tells a wrong key from a cut file from a file that is not encrypted, without echoing the key', () => {
    const wrong = unwrapProfile(sealed, 'p', { key: 'not-the-key' });
    expect(wrong).toMatchObject({ ok: false, code: 'SPAC6002' });
    expect(JSON.stringify(wrong)).not.toContain('not-the-key');
    expect(unwrapProfile(sealed.subarray(0, 30), 'p', { key: phrase })).toMatchObject({ code: 'SPAC6003' });
    expect(decryptProfile(Buffer.from(profile), 'p', phrase)).toMatchObject({ code: 'SPAC6004' });
    expect(unwrapProfile(Buffer.from(profile), 'p', { key: phrase })).toMatchObject({ ok: true, layers: [] });
  });

  it('rejects every wrong key over many tries, even when the padding happens to pass', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (key) => {
        fc.pre(key !== phrase);
        expect(unwrapProfile(sealed, 'p', { key }).ok).toBe(false);
      }),
      { numRuns: 600 },
    );
  });

  // The first salt, in a fixed order, under which the wrong digest's garbage passes the padding check:
  // the case a random salt hits once in about 256 runs.
  const paddingPassesWithWrongDigest = (): Uint8Array => {
    for (let n = 0; ; n++) {
      const s = Buffer.alloc(8);
      s.writeUInt32BE(n);
      const file = encryptOpenssl(Buffer.from(profile), phrase, { salt: s, digest: 'sha256' });
      if (decryptOpenssl(file, phrase, 'md5').ok) return file;
    }
  };

  it('calls garbage that passes the padding check a wrong key, with the digest fixed or not', async () => {
    const file = paddingPassesWithWrongDigest();
    expect(unwrapProfile(file, 'p', { key: phrase, digest: 'md5' })).toMatchObject({ code: 'SPAC6002' });
    expect(decryptProfile(file, 'p', phrase, 'md5')).toMatchObject({ code: 'SPAC6002' });
    const io = memoryIo({ 'in.enc': file });
    expect(await main(['decrypt', 'in.enc', '-o', 'out', `--key=${phrase}`, '--digest', 'md5'], io)).toBe(1);
    expect(io.written.has('out')).toBe(false);
    expect(unwrapProfile(file, 'p', { key: phrase })).toMatchObject({ ok: true, text: profile });
  });

  it('takes text as a profile when it is UTF-8 or mostly ASCII, and nothing with control bytes', () => {
    const latin1 = Buffer.from('# Caf\xe9 Fran\xe7ois\nResync_Periodic "3600" ;\n', 'latin1');
    expect(looksLikeProfile(latin1)).toBe(true);
    const sealedLatin1 = encryptOpenssl(latin1, phrase, { digest: 'md5' });
    expect(unwrapProfile(sealedLatin1, 'p', { key: phrase, digest: 'md5' })).toMatchObject({ ok: true });
    expect(looksLikeProfile(Buffer.from('Station_Name "Иван Петров" ;\n'))).toBe(true);
    expect(looksLikeProfile(Buffer.from('\xe9\xe8\xe7\xe0 "x"', 'latin1'))).toBe(false);
    expect(looksLikeProfile(Buffer.from('A "1" ;\u0001\n'))).toBe(false);
    expect(looksLikeProfile(new Uint8Array(0))).toBe(true);
  });

  it('never throws on any bytes behind the Salted__ header', () => {
    const tail = fc.uint8Array({ maxLength: 80 });
    fc.assert(
      fc.property(tail, fc.boolean(), (rest, header) => {
        const bytes = header ? Buffer.concat([Buffer.from('Salted__'), rest]) : rest;
        expect(typeof unwrapProfile(bytes, 'p', { key: phrase }).ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

const openssl = spawnSync('openssl', ['version'], { encoding: 'utf8' });
const hasOpenssl = openssl.status === 0;
const interop = hasOpenssl ? describe : describe.skip;
const dir = mkdtempSync(join(tmpdir(), 'spac-openssl-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const enc = (args: string[]) =>
  spawnSync('openssl', ['enc', '-aes-256-cbc', ...args], { encoding: 'buffer' });
// Block-aligned and empty payloads are where padding goes wrong; the rest are random lengths.
const payload = fc.oneof(
  fc.constantFrom(0, 1, 15, 16, 17, 32, 48).chain((n) => fc.uint8Array({ minLength: n, maxLength: n })),
  fc.uint8Array({ maxLength: 300 }),
);
const key = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((k) => !k.includes('\u0000'));
const digest = fc.constantFrom<Digest>('md5', 'sha256');
const withoutControl = (c: string): string => {
  const code = c.charCodeAt(0);
  return (code < 0x20 && !'\t\n\f\r'.includes(c)) || code === 0x7f ? ' ' : c;
};
// What `spac decrypt` opens: text without control bytes, empty and block-aligned sizes among them.
const profileText = fc
  .oneof(
    fc
      .constantFrom(0, 15, 16, 32)
      .chain((n) => fc.string({ unit: 'binary-ascii', minLength: n, maxLength: n })),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
  )
  .map((s) => Buffer.from(Array.from(s, withoutControl).join('')));
const runs = { numRuns: 40 };

interop(`interop with ${hasOpenssl ? openssl.stdout.trim() : 'openssl (not installed: skipped)'}`, () => {
  it('spac-encrypted files decrypt with openssl enc -d to the exact plaintext', () => {
    fc.assert(
      fc.property(payload, key, digest, (plain, k, d) => {
        const file = join(dir, 'spac.enc');
        writeFileSync(file, encryptOpenssl(plain, k, { digest: d }));
        const r = enc(['-d', '-md', d, '-k', k, '-in', file]);
        expect(r.status).toBe(0);
        expect(Buffer.from(r.stdout).equals(Buffer.from(plain))).toBe(true);
      }),
      runs,
    );
  });

  it('openssl-encrypted files decrypt to the exact plaintext', () => {
    fc.assert(
      fc.property(payload, key, digest, (plain, k, d) => {
        const file = join(dir, 'openssl-bytes.enc');
        writeFileSync(file, plain);
        const r = enc(['-e', '-md', d, '-k', k, '-in', file]);
        expect(r.status).toBe(0);
        const back = decryptOpenssl(r.stdout, k, d);
        expect(back.ok && Buffer.from(back.plaintext).equals(Buffer.from(plain))).toBe(true);
      }),
      runs,
    );
  });

  it('openssl-encrypted profiles decrypt with spac decrypt to the exact plaintext', async () => {
    await fc.assert(
      fc.asyncProperty(profileText, key, digest, async (plain, k, d) => {
        const file = join(dir, 'openssl.enc');
        writeFileSync(file, plain);
        const r = enc(['-e', '-md', d, '-k', k, '-in', file]);
        expect(r.status).toBe(0);
        const io = memoryIo({ 'in.enc': r.stdout });
        expect(await main(['decrypt', 'in.enc', '-o', 'out', `--key=${k}`, '--digest', d], io)).toBe(0);
        expect(Buffer.from(io.written.get('out') ?? []).equals(Buffer.from(plain))).toBe(true);
      }),
      runs,
    );
  });

  it('reads profiles openssl encrypted without being told the digest', () => {
    for (const d of ['md5', 'sha256'] as const) {
      const file = join(dir, `profile-${d}.xml`);
      writeFileSync(file, profile);
      const r = enc(['-e', '-md', d, '-k', phrase, '-in', file]);
      expect(unwrapProfile(r.stdout, 'p', { key: phrase })).toMatchObject({
        ok: true,
        text: profile,
        digest: d,
      });
      expect(decryptOpenssl(r.stdout, phrase, d)).toMatchObject({ ok: true });
    }
    expect(readFileSync(join(dir, 'profile-md5.xml'), 'utf8')).toBe(profile);
  });
});

describe('binary output and a terminal', () => {
  const toTerminal = (files: Record<string, string>) => {
    const io = memoryIo(files);
    return { ...io, stdout: { ...io.stdout, isTTY: true } };
  };

  it.each([['--key', 'k'], ['--gzip'], ['--format', 'bin']])(
    'compile %s to a terminal is refused (exit 2), and to a pipe it is written',
    async (...flags) => {
      const files = { 'a.cfg': 'Station_Name "x" ;\n' };
      const tty = toTerminal(files);
      expect(await main(['compile', 'a.cfg', '-o', '-', ...flags], tty)).toBe(2);
      expect(tty.err()).toContain('this output is binary: give -o FILE, or redirect standard output');
      expect(tty.outBytes()).toHaveLength(0);
      const piped = memoryIo(files);
      expect(await main(['compile', 'a.cfg', '-o', '-', ...flags], piped)).toBe(0);
      expect(piped.outBytes().length).toBeGreaterThan(0);
    },
  );

  it('writes XML to a terminal as before', async () => {
    const tty = toTerminal({ 'a.cfg': 'Station_Name "x" ;\n' });
    expect(await main(['compile', 'a.cfg', '-o', '-'], tty)).toBe(0);
    expect(tty.out()).toContain('<Station_Name');
  });
});

describe('XML declarations of an encoding', () => {
  const declared = (encoding: string, body: number[]) =>
    Uint8Array.from([...Buffer.from(`<?xml version="1.0" encoding="${encoding}"?>\n<a>`), ...body]);

  it('reads ISO-8859-1 byte for byte and Windows-1252 by its table; UTF-8 and no declaration as UTF-8', () => {
    expect(declaredText(declared('ISO-8859-1', [0xe9, 0x80]))).toMatchObject({
      kind: 'decoded',
      encoding: 'iso-8859-1',
    });
    const latin = declaredText(declared('latin1', [0xe9, 0x80]));
    expect(latin.kind === 'decoded' && latin.text.endsWith('<a>\u00e9\u0080')).toBe(true);
    const windows = declaredText(declared('Windows-1252', [0x80, 0x93]));
    expect(windows.kind === 'decoded' && windows.text.endsWith('<a>\u20ac\u201c')).toBe(true);
    expect(declaredText(declared('UTF-8', [0xc3, 0xa9]))).toEqual({ kind: 'utf-8' });
    expect(declaredText(Buffer.from('<flat-profile/>'))).toEqual({ kind: 'utf-8' });
    // Not at the very start, it is no declaration (XML 1.0).
    expect(declaredText(Buffer.from(' <?xml version="1.0" encoding="latin1"?>'))).toEqual({ kind: 'utf-8' });
  });

  it('names any other encoding rather than guessing', () => {
    expect(declaredText(declared('Shift_JIS', []))).toEqual({ kind: 'unsupported', encoding: 'Shift_JIS' });
    const opened = unwrapProfile(declared('koi8-r', [0xc1]), 'x.xml');
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.message).toContain("encoding 'koi8-r'");
  });
});
