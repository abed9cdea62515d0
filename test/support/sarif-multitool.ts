// Test support: Microsoft's SARIF Multitool, the validator behind the SARIF1004-style reports code
// scanning users see, and the SARIF 2.1.0 schema it ships. .ci/run installs it (a registry package, the
// .NET tool self-contained) and names its folder in SPAC_SARIF_MULTITOOL; without it the tests skip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const folder = process.env.SPAC_SARIF_MULTITOOL;
const exe = folder === undefined ? '' : join(folder, 'Sarif.Multitool');

/** Why the tests that need the validator cannot run here; empty when they can. */
export const multitoolAbsent =
  folder === undefined
    ? 'SPAC_SARIF_MULTITOOL is not set (.ci/run installs the validator and sets it)'
    : existsSync(exe)
      ? ''
      : `no Sarif.Multitool in ${folder}`;

/** The SARIF 2.1.0 schema (JSON Schema 2020-12) the validator ships. */
export const multitoolSchema = (): object =>
  JSON.parse(readFileSync(join(folder ?? '', 'sarif-2.1.0.json'), 'utf8')) as object;

export interface Finding {
  readonly ruleId: string;
  readonly level: string;
  readonly line: number;
}

/** Validates a SARIF log with the validator's default levels (errors and warnings): its schema check
 * (JSON1xxx), the specification's rules (SARIF1xxx) and its guidance (SARIF2xxx). */
export function validateSarif(log: string): Finding[] {
  const dir = mkdtempSync(join(tmpdir(), 'spac-sarif-'));
  try {
    const input = join(dir, 'in.sarif');
    const output = join(dir, 'out.sarif');
    writeFileSync(input, log);
    const run = spawnSync(exe, ['validate', input, '--output', output, '--log', 'ForceOverwrite'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    });
    // The validator exits 0 whatever it finds; a missing report means it did not run.
    if (!existsSync(output)) throw new Error(`Sarif.Multitool failed: ${run.stdout}${run.stderr}`);
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: {
        results?: {
          ruleId: string;
          level?: string;
          locations?: { physicalLocation?: { region?: { startLine?: number } } }[];
        }[];
      }[];
    };
    return (report.runs[0]?.results ?? []).map((r) => ({
      ruleId: r.ruleId,
      level: r.level ?? 'warning',
      line: r.locations?.[0]?.physicalLocation?.region?.startLine ?? 0,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
