// The diagnostic catalog: stable, banded, unique codes and consistent wording.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/diagnostics/catalog.js';
import { formatMessage } from '../src/diagnostics/diagnostic.js';
import { check, memoryHost } from '../src/index.js';

const bands: Record<string, string> = {
  '10': 'text syntax',
  '11': 'XML syntax',
  '12': 'imports',
  '20': 'model',
  '30': 'schema',
  '40': 'rules and macros',
  '50': 'codegen',
  '60': 'encryption and binary profiles',
  '70': 'configuration and suppressions',
  '80': 'fleet builds',
  '81': 'certificates',
  '82': 'serving and phones',
  '90': 'CLI and I/O',
};

describe('diagnostic catalog', () => {
  const codes = Object.keys(catalog);

  it('has unique, well-formed codes in known bands', () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^SPAC\d{4}$/);
      expect(Object.keys(bands)).toContain(code.slice(4, 6));
    }
  });

  it('has short, lower-case titles', () => {
    for (const entry of Object.values(catalog)) {
      expect(entry.title).toMatch(/^[a-z'<]/);
      expect(entry.title.length).toBeLessThan(70);
      expect(entry.title.endsWith('.')).toBe(false);
    }
  });

  it('writes messages lower-case, as the golden fixtures show', () => {
    const root = join(import.meta.dirname, '..', 'fixtures');
    const messages: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (['stdout', 'stderr'].includes(e.name) && existsSync(path)) {
          for (const m of readFileSync(path, 'utf8').matchAll(/ SPAC\d{4}: (.)/g)) messages.push(m[1] ?? '');
        }
      }
    };
    walk(root);
    expect(messages.length).toBeGreaterThan(30);
    for (const first of messages) expect(first).toMatch(/[a-z'<0-9]/);
  });
});

describe('message templates', () => {
  const placeholders = (template: string): string[] =>
    [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

  it('every code has a default template, lower-case and without a final period', () => {
    for (const [code, entry] of Object.entries(catalog)) {
      const messages: Readonly<Record<string, string>> = entry.messages;
      expect(messages['default'], code).toBeTypeOf('string');
      for (const template of Object.values(messages)) {
        expect(template, code).not.toMatch(/^[A-Z]/);
        expect(template, code).not.toMatch(/\.$/);
        // A brace that is not a placeholder would be read as one (and SARIF doubles literal braces).
        expect(template.replace(/\{\w+\}/g, ''), code).not.toMatch(/[{}]/);
      }
    }
  });

  it('a missing parameter or template is a bug that throws, not a half-filled message', () => {
    expect(() => formatMessage('SPAC1003', 'default', {})).toThrow(/needs the parameter 'name'/);
    expect(() => formatMessage('SPAC1003', 'nope', { name: 'x' })).toThrow(/no message 'nope'/);
    expect(formatMessage('SPAC1003', 'default', { name: 'Proxy[1]' })).toBe("missing ';' after 'Proxy[1]'");
  });

  it('every diagnostic carries exactly the parameters of its template, which remake its message', async () => {
    const host = memoryHost({});
    const inputs = [
      {
        file: 'a.cfg',
        text: 'Line_Enabel[1] "Maybe" ;\nLine_Enable[9] "x" ;\nPassword[1] "p" ;\nB *\n"open\nimport\n',
      },
      {
        file: 'b.xml',
        text: '<flat-profile><Time_Zone ua="zz">GMT-5</Time_Zone><Profile_Rule>[--nope] x.cfg</Profile_Rule>&bad;</flat-profile><x/>',
      },
    ];
    const { diagnostics } = await check(inputs, { host, target: 'SPA504G' });
    expect(new Set(diagnostics.map((d) => d.code)).size).toBeGreaterThan(8);
    for (const d of diagnostics) {
      const template = (catalog[d.code].messages as Readonly<Record<string, string>>)[d.messageId] ?? '';
      expect(Object.keys(d.params).sort(), `${d.code} ${d.messageId}`).toEqual(
        [...new Set(placeholders(template))].sort(),
      );
      expect(formatMessage(d.code, d.messageId, d.params)).toBe(d.message);
    }
  });
});
