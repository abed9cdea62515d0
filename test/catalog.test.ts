// The diagnostic catalog: stable, banded, unique codes and consistent wording.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/diagnostics/catalog.js';

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
