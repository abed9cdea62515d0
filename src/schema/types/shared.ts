// Schema stage (type rules): small helpers the value rules share.
// Input: values and allowed sets. Output: problems with short, lower-case messages.
import type { ValueProblem } from '../schema-types.js';

export const problem = (message: string, at?: number, length?: number): ValueProblem => ({
  message,
  ...(at === undefined ? {} : { at }),
  ...(length === undefined ? {} : { length }),
});

/** "a, b or c"; long lists are cut: "a, b, c, d, e, f and 26 more". */
export function listOf(options: readonly string[], max = 6): string {
  const shown = options.map((o) => `'${o}'`);
  if (shown.length <= max)
    return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1) ?? ''}`;
  return `${shown.slice(0, max).join(', ')} and ${options.length - max} more`;
}

export const INTEGER = /^-?[0-9]+$/;
export const HEX = /^0[xX][0-9a-fA-F]+$/;
export const DECIMAL = /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;

/** Reads `Uns`/`Sig` values: decimal, or non-negative `0x` hex. */
export function parseInteger(value: string): number | undefined {
  if (INTEGER.test(value)) return Number(value);
  if (HEX.test(value)) return parseInt(value.slice(2), 16);
  return undefined;
}

export function rangeProblem(
  n: number,
  min: number | undefined,
  max: number | undefined,
  unit = '',
): ValueProblem | undefined {
  const u = unit === '' ? '' : ` ${unit}`;
  if (min !== undefined && max !== undefined && (n < min || n > max))
    return problem(`must be from ${min} to ${max}${u}`);
  if (min !== undefined && n < min) return problem(`must be at least ${min}${u}`);
  if (max !== undefined && n > max) return problem(`must be at most ${max}${u}`);
  return undefined;
}
