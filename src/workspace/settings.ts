// Config stage (resolution): a loaded chain of configs -> the settings for one profile file.
// Input: configs from the nearest file up through its `extends`, and a profile path. Output: target,
// schema paths (resolved against the config that names them) and per-code severities.
import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { Range } from '../diagnostics/diagnostic.js';
import type { Config, ConfigSection, RuleSetting } from './config.js';

/** One config file as read: `dir` is its folder, the base of its relative paths and globs; `source`, its
 * name as diagnostics show it, its text, and where a value stands in it. */
export interface LoadedConfig {
  readonly file: string;
  readonly dir: string;
  readonly config: Config;
  readonly source?: {
    readonly file: string;
    readonly text: string;
    readonly at: (path: readonly (string | number)[]) => Range;
  };
}

/** Where a setting was written: the file as diagnostics name it, its text, and the value's range. */
export interface WrittenAt {
  readonly file: string;
  readonly text: string;
  readonly range: Range;
}

export interface FileSettings {
  readonly target?: string;
  /** Where `target` was set, when a config set it. */
  readonly targetAt?: WrittenAt | undefined;
  readonly schema?: readonly string[];
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** The config files that shaped these settings, nearest first. */
  readonly from: readonly string[];
}

/** `chain` is nearest first, then what it extends; later overrides and nearer files win. */
export function settingsFor(chain: readonly LoadedConfig[], file: string): FileSettings {
  let settings: FileSettings = { rules: {}, from: chain.map((c) => c.file) };
  for (const loaded of [...chain].reverse()) {
    settings = merge(settings, loaded.config, loaded, []);
    (loaded.config.overrides ?? []).forEach((o, i) => {
      if (matches(o.files, loaded.dir, file)) settings = merge(settings, o, loaded, ['overrides', i]);
    });
  }
  return settings;
}

function merge(
  base: FileSettings,
  section: ConfigSection,
  { dir, source }: LoadedConfig,
  path: readonly (string | number)[],
): FileSettings {
  const schema = section.schema === undefined ? undefined : ([] as string[]).concat(section.schema);
  const targetAt =
    section.target === undefined || source === undefined
      ? undefined
      : { file: source.file, text: source.text, range: source.at([...path, 'target']) };
  return {
    ...base,
    ...(section.target === undefined ? {} : { target: section.target, targetAt }),
    ...(schema === undefined ? {} : { schema: schema.map((s) => posix.join(dir, s)) }),
    rules: { ...base.rules, ...section.rules },
  };
}

function matches(globs: readonly string[], dir: string, file: string): boolean {
  const relative = posix.relative(dir, file);
  return !relative.startsWith('..') && picomatch(globs as string[], { dot: true })(relative);
}
