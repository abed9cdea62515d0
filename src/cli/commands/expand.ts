// CLI command `spac expand`: what a phone fetches with the rules of a profile set, or with one rule.
// Input: profiles or `--rule`, a MAC, a target and `--set` facts. Output: the preview on stdout (text or
// JSON), diagnostics on stderr; exit 0, 1 (error diagnostics) or 2 (usage or I/O).
import { expand, expandRule, type ExpandResult } from '../../workspace/pipeline.js';
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';
import { parseMac, parseSetting, type DeviceFacts } from '../../rules/device.js';
import { previewJson, previewText } from '../expand-report.js';
import type { Io } from '../io.js';
import { schemaOptions, type SchemaArgs } from '../../workspace/schema-choice.js';
import { EXIT_USAGE, exitCodeFor, report, refuse } from '../shared.js';
import { importHost, readInputs } from '../../workspace/inputs.js';

export interface ExpandArgs extends SchemaArgs {
  readonly profiles: readonly string[];
  readonly rule?: string;
  readonly mac: string;
  readonly set: readonly string[];
  readonly format: 'text' | 'json';
  readonly showSecrets: boolean;
}

export async function runExpand(args: ExpandArgs, io: Io): Promise<number> {
  const usage = (message: string) => {
    io.stderr.write(`spac: ${message}\nrun 'spac expand --help' for usage\n`);
    return EXIT_USAGE;
  };
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
    const expanded = await expand(inputs, { ...picked.options, host: importHost(io), device });
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
  if (mac === undefined)
    return { error: `invalid --mac '${args.mac}': give 12 hex digits, such as 00:0e:08:aa:bb:cc` };
  const set: Record<string, string> = {};
  for (const text of args.set) {
    const setting = parseSetting(text);
    if ('error' in setting) return setting;
    set[setting.name] = setting.value;
  }
  return { mac, set };
}
