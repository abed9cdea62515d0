// Config stage (resolution): a loaded chain of configs -> the settings for one profile file.
// Input: configs from the nearest file up through its `extends`, and a profile path. Output: target,
// schema paths (resolved against the config that names them) and per-code severities.
import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { Config, ConfigSection, RuleSetting } from './config.js';

/** One config file as read: `dir` is its folder, the base of its relative paths and globs. */
export interface LoadedConfig {
  readonly file: string;
  readonly dir: string;
  readonly config: Config;
}

export interface FileSettings {
  readonly target?: string;
  readonly schema?: readonly string[];
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** The config files that shaped these settings, nearest first. */
  readonly from: readonly string[];
}

/** `chain` is nearest first, then what it extends; later overrides and nearer files win. */
export function settingsFor(chain: readonly LoadedConfig[], file: string): FileSettings {
  let settings: FileSettings = { rules: {}, from: chain.map((c) => c.file) };
  for (const loaded of [...chain].reverse()) {
    settings = merge(settings, loaded.config, loaded.dir);
    for (const o of loaded.config.overrides ?? [])
      if (matches(o.files, loaded.dir, file)) settings = merge(settings, o, loaded.dir);
  }
  return settings;
}

function merge(base: FileSettings, section: ConfigSection, dir: string): FileSettings {
  const schema = section.schema === undefined ? undefined : ([] as string[]).concat(section.schema);
  return {
    ...base,
    ...(section.target === undefined ? {} : { target: section.target }),
    ...(schema === undefined ? {} : { schema: schema.map((s) => posix.join(dir, s)) }),
    rules: { ...base.rules, ...section.rules },
  };
}

function matches(globs: readonly string[], dir: string, file: string): boolean {
  const relative = posix.relative(dir, file);
  return !relative.startsWith('..') && picomatch(globs as string[], { dot: true })(relative);
}
