// Workspace (effective settings): what a run would use for each file, for `spac check --print-config`.
// Input: paths, a WorkspaceHost and the run's flags. Output: per file the target (and where it came
// from), the schemas, the rule severities and the config files read; or the refusal of a broken config.
import { posix } from 'node:path';
import type { AnalyzeFlags } from './analyze.js';
import { fileSettings } from './file-settings.js';
import type { WorkspaceHost } from './host.js';
import { expandInputs } from './input-patterns.js';
import { readInputs } from './inputs.js';
import { schemaArgsFor } from './schema-choice.js';
import { targetDirective } from './directives.js';
import type { RuleSetting } from './config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface EffectiveSettings {
  readonly target: string | null;
  readonly targetFrom: 'flag' | 'directive' | 'config' | 'none';
  readonly schema: readonly string[] | null;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** The config files read, nearest first. */
  readonly configs: readonly string[];
}

export type PrintedConfig =
  | { readonly ok: true; readonly files: Record<string, EffectiveSettings>; readonly problems: Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: Diagnostic[]; readonly sources: Map<string, string> };

export async function effectiveSettings(
  host: WorkspaceHost,
  paths: readonly string[],
  flags: AnalyzeFlags,
): Promise<PrintedConfig> {
  const expanded = await expandInputs(host, paths, flags.config);
  const read = await readInputs(expanded.files, host, flags.keys, flags.stdinName);
  const found = await fileSettings(
    host,
    read.inputs.map((i) => i.file),
    flags.config,
  );
  if (!found.ok) return found;
  const files: Record<string, EffectiveSettings> = {};
  for (const input of read.inputs) {
    const settings = found.settings.get(input.file);
    const chosen = schemaArgsFor(input, settings, flags);
    const targetFrom =
      flags.target !== undefined
        ? 'flag'
        : targetDirective(input.text) !== undefined
          ? 'directive'
          : settings?.target !== undefined
            ? 'config'
            : 'none';
    files[input.file] = {
      target: chosen.target ?? null,
      targetFrom,
      schema: chosen.schema ?? null,
      rules: settings?.rules ?? {},
      // Named as the other messages name them: relative to the working directory.
      configs: (settings?.from ?? []).map((f) => posix.relative(host.cwd, f) || f),
    };
  }
  return { ok: true, files, problems: [...expanded.diagnostics, ...read.failures] };
}
