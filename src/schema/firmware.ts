// Schema stage (firmware): firmware versions, the ranges schema data limits a parameter, an option or a
// line count to, and targets written `MODEL@VERSION`. Input: strings from schemas and the command line.
// Output: parsed versions and ranges, and whether a version lies in a range.
import type { ModelSpec } from './schema-types.js';

/** `7.5.5b` -> [7, 5, 5] and suffix 'b'; `5.1.10(GW)` -> [5, 1, 10] and suffix '(gw)'. */
export interface Version {
  readonly parts: readonly number[];
  readonly suffix: string;
  readonly text: string;
}

const VERSION = /^(\d{1,4}(?:\.\d{1,4}){0,3})([a-z]{0,3}|\([a-z0-9]{1,8}\))$/i;

export function parseVersion(text: string): Version | undefined {
  const match = VERSION.exec(text.trim());
  if (!match) return undefined;
  const [, numbers = '', suffix = ''] = match;
  return { parts: numbers.split('.').map(Number), suffix: suffix.toLowerCase(), text: text.trim() };
}

/** Missing parts count as 0 (7.5 is 7.5.0); a letter suffix comes after the plain version (7.6.2a is
 * after 7.6.2), as Cisco numbers its maintenance builds. */
export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < Math.max(a.parts.length, b.parts.length); i++) {
    const d = (a.parts[i] ?? 0) - (b.parts[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.suffix < b.suffix ? -1 : a.suffix > b.suffix ? 1 : 0;
}

type Operator = '>=' | '<';

interface Bound {
  readonly op: Operator;
  readonly version: Version;
}

/** A range is one or two bounds, both of which must hold: `>=7.5`, `<5.2.5`, `>=5.2 <5.3`. Only `>=`
 * and `<` exist: every range is half-open, so ranges that meet never overlap nor leave a gap. */
export type FirmwareRange = readonly Bound[];

export function parseRange(text: string): FirmwareRange | undefined {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > 2) return undefined;
  const bounds: Bound[] = [];
  for (const word of words) {
    const op = word.startsWith('>=') ? '>=' : word.startsWith('<') ? '<' : undefined;
    const version = op === undefined ? undefined : parseVersion(word.slice(op.length));
    if (!op || !version) return undefined;
    bounds.push({ op, version });
  }
  return bounds;
}

export const rangeProblem = (text: string): string | undefined =>
  parseRange(text) === undefined
    ? `'${text}' is not a firmware range: write '>=7.5', '<5.2.5' or '>=5.2 <5.3'`
    : undefined;

/** Whether `version` lies in the range; a range that does not parse (the meta-check refuses those)
 * limits nothing. */
export function inRange(version: Version, range: string): boolean {
  const bounds = parseRange(range);
  if (!bounds) return true;
  return bounds.every((b) =>
    b.op === '>=' ? compareVersions(version, b.version) >= 0 : compareVersions(version, b.version) < 0,
  );
}

/** `SPA504G@7.5.5` -> the model and the firmware; `SPA504G` -> the model alone. */
export interface TargetSpec {
  readonly model: string;
  readonly firmware?: Version;
  /** Set when the text after '@' is not a version. */
  readonly badFirmware?: string;
}

export function parseTarget(text: string): TargetSpec {
  const at = text.indexOf('@');
  if (at < 0) return { model: text };
  const model = text.slice(0, at);
  const written = text.slice(at + 1);
  const firmware = parseVersion(written);
  return firmware ? { model, firmware } : { model, badFirmware: written };
}

/** A model's line count on `firmware` (its own count when none is given or no range holds it). */
export function linesOnFirmware(model: ModelSpec, firmware: Version | undefined): number {
  const special = firmware && model.firmwareLines?.find((f) => inRange(firmware, f.firmware));
  return special ? special.lines : model.lines;
}

/** `SPA504G@7.5.5` -> `SPA504G`: what macros ($PN) and the manifest call the model. */
export const modelName = <T extends string | undefined>(target: T): T =>
  (target === undefined ? target : parseTarget(target).model) as T;
