// CLI command `spac expand`: what a phone fetches with the rules of a profile set, or with one rule.
// Input: profiles or `--rule`, a MAC, a target and `--set` facts. Output: the preview on stdout (text or
// JSON), diagnostics on stderr; exit 0, 1 (error diagnostics) or 2 (usage or I/O).
import { expand, expandRule, type ExpandResult } from '../../workspace/pipeline.js';
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';
import { parseMac, parseSetting, type DeviceFacts } from '../../rules/device.js';
import { previewJson, previewText } from '../expand-report.js';
import type { Io } from '../io.js';
import { schemaOptions, type SchemaArgs } from '../../workspace/schema-choice.js';
import { exitCodeFor, report, refuse } from '../output.js';
import { confined, importRoots } from '../../workspace/import-roots.js';
import { importHost, readInputs } from '../../workspace/inputs.js';
import { invalidMac, schemaArgs, schemaOption, showDashes, targetOption, usageError } from '../options.js';
import type { Argv, InferredOptionTypes } from 'yargs';

export interface ExpandArgs extends SchemaArgs {
  readonly profiles: readonly string[];
  readonly rule?: string;
  readonly mac: string;
  readonly set: readonly string[];
  readonly format: 'text' | 'json';
  readonly showSecrets: boolean;
}

export async function runExpand(args: ExpandArgs, io: Io): Promise<number> {
  const usage = (message: string) => usageError(io, message, 'expand');
  if ((args.rule === undefined) === (args.profiles.length === 0))
    return usage('give profiles or --rule, not both and not neither');
  const device = deviceFacts(args);
  if ('error' in device) return usage(device.error);
  const picked = await schemaOptions(args, io);
  if (!picked.ok) return refuse(picked, io);
  let result: ExpandResult;
  let ioFailed = false;
  if (args.rule !== undefined) result = await expandRule(args.rule, { ...picked.options, device });
  else {
    const { inputs, failures } = await readInputs(args.profiles, io);
    ioFailed = failures.length > 0;
    const expanded = await expand(inputs, {
      ...picked.options,
      host: confined(
        importHost(io),
        await importRoots(
          io,
          inputs.map((i) => i.file),
        ),
        io,
      ),
      device,
      showSecrets: args.showSecrets,
    });
    result = { ...expanded, diagnostics: sortDiagnostics([...failures, ...expanded.diagnostics]) };
  }
  report(result.diagnostics, result.sources, io, io.stderr);
  if (!ioFailed) io.stdout.write(render(result, args));
  return exitCodeFor(result.diagnostics, ioFailed);
}

function render(result: ExpandResult, args: ExpandArgs): string {
  const device = result.preview.device;
  const shown = {
    mac: device.mac.replace(/(..)(?!$)/g, '$1:'),
    ...(device.model ? { model: device.model } : {}),
  };
  const options = { showSecrets: args.showSecrets, sources: result.sources };
  return args.format === 'json'
    ? `${JSON.stringify(previewJson(result.preview, shown, options), null, 2)}\n`
    : previewText(result.preview, shown, options);
}

function deviceFacts(args: ExpandArgs): DeviceFacts | { error: string } {
  const mac = parseMac(args.mac);
  if (mac === undefined) return { error: invalidMac(args.mac) };
  const set: Record<string, string> = {};
  for (const text of args.set) {
    const setting = parseSetting(text);
    if ('error' in setting) return setting;
    set[setting.name] = setting.value;
  }
  return { mac, set };
}

const options = {
  mac: { type: 'string', demandOption: true, requiresArg: true, describe: "the device's MAC address" },
  rule: { type: 'string', requiresArg: true, describe: 'one profile rule to run instead of profiles' },
  // Not `array`: yargs would then swallow the profile after `--set X=1` as a second setting.
  set: {
    type: 'string',
    requiresArg: true,
    describe: 'a device fact or register as NAME=value (SWVER=7.5.5, SN=..., A=...); repeatable',
  },
  format: { alias: 'f', choices: ['text', 'json'], default: 'text', describe: 'report format' },
  'show-secrets': { type: 'boolean', describe: 'print keys and secret registers instead of hiding them' },
  target: targetOption,
  schema: schemaOption,
} as const;

export type ExpandArgv = InferredOptionTypes<typeof options> & { profiles: string[] | undefined };

export const builder = (y: Argv): Argv =>
  y
    .positional('profiles', {
      type: 'string',
      array: true,
      describe: 'profiles, layered in order, or - for stdin',
    })
    .options(options)
    .example('$0 expand site.cfg --mac 00:0e:08:aa:bb:cc --target SPA504G', 'what this phone fetches')
    .example(
      "$0 expand --rule '( $SWVER lt 7.5.5 )? /old.cfg | /new.cfg' --mac 000e08aabbcc --set SWVER=7.5.5",
      'one rule',
    )
    .example('$0 expand site.xml --mac 000e08aabbcc --format json', 'for scripts');

export function run(a: ExpandArgv, io: Io): Promise<number> {
  const args = {
    profiles: showDashes(a.profiles),
    ...(a.rule === undefined ? {} : { rule: a.rule }),
    mac: a.mac,
    set: a.set === undefined ? [] : ([] as string[]).concat(a.set),
    format: a.format,
    showSecrets: a['show-secrets'] ?? false,
    ...schemaArgs(a),
  };
  return runExpand(args, io);
}
