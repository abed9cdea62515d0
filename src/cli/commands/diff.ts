// CLI command `spac diff <reported> <expected>`: where a phone's report (Report_Rule upload) differs from
// the profile compiled for it. Input: the report, the expected profile (plain, or encrypted with KEY),
// schema flags. Output: SPAC8201 per difference in any diagnostic format; exit 1 when values differ.
import { loadProfiles } from '../../parser/load.js';
import { schemaIndex } from '../../schema/lookup.js';
import { diffReport } from '../../serve/report-diff.js';
import { importHost, readInputs } from '../../workspace/inputs.js';
import { confined, importRoots } from '../../workspace/import-roots.js';
import { schemaOptions } from '../../workspace/schema-choice.js';
import type { Io } from '../io.js';
import { resolveKey } from '../keys.js';
import { keyArgs, keyOptions, schemaArgs, schemaOption, targetOption } from '../options.js';
import { EXIT_USAGE, exitCodeFor, printReport, refuse, report } from '../output.js';
import type { Argv, InferredOptionTypes } from 'yargs';

const options = {
  target: targetOption,
  schema: schemaOption,
  diagnostics: {
    choices: ['pretty', 'compact', 'json', 'sarif', 'github', 'gitlab', 'junit'] as const,
    default: 'pretty' as const,
    describe: 'how differences are printed',
  },
  ...keyOptions,
} as const;

export type DiffArgv = InferredOptionTypes<typeof options> & {
  reported: string | undefined;
  expected: string | undefined;
};

export const builder = (y: Argv): Argv =>
  y
    .positional('reported', {
      type: 'string',
      describe: "the phone's report (XML), as spac serve --reports stores it",
    })
    .positional('expected', {
      type: 'string',
      describe: 'the profile compiled for it (plain, or encrypted: give KEY)',
    })
    .options(options)
    .example(
      '$0 diff reports/000e08aabbcc.xml expected/000e08aabbcc.xml --target SPA504G',
      'what the phone runs that it was not given',
    );

export async function run(a: DiffArgv, io: Io): Promise<number> {
  const resolved = await resolveKey(keyArgs(a), io, 'diff');
  if (!resolved.ok) return resolved.exit;
  const picked = await schemaOptions(schemaArgs(a), io);
  if (!picked.ok) return refuse(picked, io);
  const reported = await readInputs([a.reported ?? ''], io);
  const expected = await readInputs([a.expected ?? ''], io, resolved.keys);
  const failures = [...reported.failures, ...expected.failures];
  if (failures.length > 0) {
    report(failures, new Map(), io, io.stderr);
    return reported.ioFailed || expected.ioFailed ? EXIT_USAGE : exitCodeFor(failures, false);
  }
  const files = [...reported.inputs, ...expected.inputs].map((i) => i.file);
  const host = confined(importHost(io), await importRoots(io, files), io);
  const [got, want] = await Promise.all([
    loadProfiles(reported.inputs, host),
    loadProfiles(expected.inputs, host),
  ]);
  const diff = diffReport(got, want, schemaIndex(picked.schemas, picked.options.target));
  const diagnostics = [...got.diagnostics, ...want.diagnostics, ...diff.diagnostics];
  await printReport(
    diagnostics,
    diff.sources,
    { format: a.diagnostics, files: 2, stream: 'stderr', summary: false },
    io,
  );
  return exitCodeFor(diagnostics, false);
}
