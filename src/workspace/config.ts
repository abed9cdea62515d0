// Config stage: `spac.config.json`, parsed and validated with diagnostics located in the file.
// Input: the JSON text (comments allowed) and its path. Output: a typed config, or SPAC7001 diagnostics.
import { isDiagnosticCode } from '../diagnostics/catalog.js';
import {
  diagnostic,
  locatedDiagnostics,
  range,
  sortDiagnostics,
  type Diagnostic,
  type Range,
} from '../diagnostics/diagnostic.js';
import { nodeAt, parseJsonc } from '../text/jsonc.js';
import { append } from '../text/append.js';

export const CONFIG_FILE = 'spac.config.json';

export type RuleSetting = 'off' | 'warning' | 'error';

/** Settings for the files a section applies to; paths are relative to the config file. */
export interface ConfigSection {
  readonly target?: string;
  readonly schema?: readonly string[];
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

export interface ConfigOverride extends ConfigSection {
  /** Globs, relative to the config file's folder, of the files this override applies to. */
  readonly files: readonly string[];
}

/** `spac build`'s flags, for a fleet repository that always builds the same way (flags win). Paths are
 * relative to the config file. */
export interface BuildSettings {
  readonly inventory?: string;
  readonly layers?: readonly string[];
  readonly output?: string;
  readonly name?: string;
  readonly format?: 'xml' | 'text' | 'bin';
  readonly keyColumn?: string;
  readonly keyDeriveEnv?: string;
  readonly digest?: 'md5' | 'sha256';
  readonly gzip?: boolean;
  readonly bootstrap?: string;
  readonly bootstrapRule?: string;
}

export interface Config extends ConfigSection {
  readonly extends?: string;
  /** Files a folder or glob on the command line leaves out, in .gitignore syntax, relative to the config
   * file (as .spacignore's lines are to its folder). */
  readonly ignore?: readonly string[];
  readonly overrides?: readonly ConfigOverride[];
  readonly build?: BuildSettings;
}

const BUILD_STRINGS = [
  'inventory',
  'output',
  'name',
  'keyColumn',
  'keyDeriveEnv',
  'bootstrap',
  'bootstrapRule',
];
const BUILD_CHOICES: Readonly<Record<string, readonly string[]>> = {
  format: ['xml', 'text', 'bin'],
  digest: ['md5', 'sha256'],
};

function checkBuild(build: unknown): Problem[] {
  if (build === undefined) return [];
  if (!isObject(build))
    return [{ path: ['build'], message: "'build' is an object with spac build's settings" }];
  const known = [...BUILD_STRINGS, ...Object.keys(BUILD_CHOICES), 'layers', 'gzip'];
  return Object.entries(build).flatMap(([k, v]): Problem[] => {
    const path = ['build', k];
    if (!known.includes(k))
      return [{ path, message: `unknown build setting '${k}'; known: ${known.join(', ')}` }];
    if (BUILD_STRINGS.includes(k) && typeof v !== 'string') return [{ path, message: `'${k}' is a string` }];
    const choices = BUILD_CHOICES[k];
    if (choices && !choices.includes(v as string))
      return [{ path, message: `'${k}' is one of ${choices.map((c) => `"${c}"`).join(', ')}` }];
    if (k === 'layers' && !isStrings(v)) return [{ path, message: "'layers' lists profile files" }];
    if (k === 'gzip' && typeof v !== 'boolean') return [{ path, message: "'gzip' is true or false" }];
    return [];
  });
}

export type ConfigResult =
  | {
      readonly ok: true;
      readonly config: Config;
      /** Where the value at a path stands in the file (`['overrides', 0, 'target']`). */
      readonly at: (path: readonly (string | number)[]) => Range;
    }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

type Problem = { readonly path: (string | number)[]; readonly message: string };

export function parseConfig(text: string, file: string): ConfigResult {
  const parsed = parseJsonc(text, 'the config file');
  if (!parsed.ok) return { ok: false, diagnostics: locatedDiagnostics('SPAC7001', file, parsed.problems) };
  const { root, data } = parsed;
  const problems = checkConfig(data);
  if (problems.length === 0) {
    const at = (path: readonly (string | number)[]) => {
      const node = nodeAt(root, path);
      return range(node.offset, node.offset + node.length);
    };
    return { ok: true, config: data as Config, at };
  }
  return {
    ok: false,
    diagnostics: sortDiagnostics(
      problems.map((p) => {
        const node = nodeAt(root, p.path, true);
        return diagnostic('SPAC7001', file, range(node.offset, node.offset + node.length), {
          problem: p.message,
        });
      }),
    ),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const SECTION_KEYS = ['target', 'schema', 'rules'];

function checkConfig(data: unknown): Problem[] {
  if (!isObject(data)) return [{ path: [], message: 'the config is a JSON object' }];
  const problems = checkSection(
    data,
    [],
    [...SECTION_KEYS, 'extends', 'overrides', 'build', 'ignore', '$schema'],
  );
  append(problems, checkBuild(data['build']));
  if (data['extends'] !== undefined && typeof data['extends'] !== 'string')
    problems.push({ path: ['extends'], message: "'extends' is the path of another config file" });
  if (data['ignore'] !== undefined && !isStrings(data['ignore']))
    problems.push({
      path: ['ignore'],
      message: '\'ignore\' lists patterns such as "archive/" or "*.old.cfg"',
    });
  const overrides = data['overrides'];
  if (overrides !== undefined && !Array.isArray(overrides))
    problems.push({
      path: ['overrides'],
      message: "'overrides' is a list of { files, target, schema, rules }",
    });
  if (Array.isArray(overrides)) overrides.forEach((o, i) => append(problems, checkOverride(o, i)));
  return problems;
}

function checkOverride(o: unknown, i: number): Problem[] {
  const path = ['overrides', i];
  if (!isObject(o)) return [{ path, message: 'an override is an object with files and settings' }];
  const problems = checkSection(o, path, [...SECTION_KEYS, 'files']);
  if (!isStrings(o['files']) || o['files'].length === 0)
    problems.push({ path: [...path, 'files'], message: '\'files\' lists globs such as "ata/*.cfg"' });
  return problems;
}

function checkSection(o: Record<string, unknown>, path: (string | number)[], keys: string[]): Problem[] {
  const problems: Problem[] = Object.keys(o)
    .filter((k) => !keys.includes(k))
    .map((k) => ({
      path: [...path, k],
      message: `unknown setting '${k}'; known: ${keys.filter((x) => x !== '$schema').join(', ')}`,
    }));
  if (o['target'] !== undefined && typeof o['target'] !== 'string')
    problems.push({
      path: [...path, 'target'],
      message: '\'target\' is a model name such as "SPA504G", or "SPA504G@7.5.5" with its firmware',
    });
  const schema = o['schema'];
  if (schema !== undefined && typeof schema !== 'string' && !isStrings(schema))
    problems.push({ path: [...path, 'schema'], message: "'schema' is a schema file path or a list of them" });
  return [...problems, ...checkRules(o['rules'], [...path, 'rules'])];
}

function checkRules(rules: unknown, path: (string | number)[]): Problem[] {
  if (rules === undefined) return [];
  if (!isObject(rules)) return [{ path, message: '\'rules\' maps codes to "off", "warning" or "error"' }];
  return Object.entries(rules).flatMap(([code, setting]) => {
    if (!isDiagnosticCode(code))
      return [{ path: [...path, code], message: `unknown code '${code}' (see 'spac explain')` }];
    return setting === 'off' || setting === 'warning' || setting === 'error'
      ? []
      : [{ path: [...path, code], message: `'${code}' is set to "off", "warning" or "error"` }];
  });
}
