// Schema stage: finds the schema parameter behind a profile entry, per family, and the models in scope.
// Input: schemas and an optional target model. Output: an index answering "what is this name?".
import { xmlNameOf, type NameTable } from '../model/names.js';
import type { Entry } from '../model/profile.js';
import { familyBase, lineBase, lineSpelling } from './line-names.js';
import type { ModelSpec, ParameterSpec, SchemaFile } from './schema-types.js';
import { inRange, linesOnFirmware, parseTarget, type Version } from './firmware.js';

export interface Found {
  readonly spec: ParameterSpec;
  readonly family: SchemaFile;
  /** The line number of a per-line family (`Line_Enable[3]` -> 3). */
  readonly index?: number;
}

export interface SchemaIndex {
  readonly schemas: readonly SchemaFile[];
  readonly target?: Target;
  /** Where the name is a parameter, in every family that has it. */
  readonly find: (xmlTag: string) => readonly Found[];
  /** Whether any family marks the name secret: `find(tag).some(spec.secret)`, asked of every entry of a
   * report, answered from two sets with nothing allocated. */
  readonly secret: (xmlTag: string) => boolean;
  /** Text and XML spellings of every parameter in scope (the target's family, or all), for suggestions. */
  readonly names: (form: 'text' | 'xml') => readonly string[];
  readonly nameTable: NameTable;
}

/** The model checked against, and its firmware when the target named one (`SPA504G@7.5.5`). */
export interface Target {
  readonly model: ModelSpec;
  readonly family: SchemaFile;
  readonly firmware?: Version;
}

/** The model a target names; the firmware after '@', if any, is left to the caller. */
export function findModel(
  schemas: readonly SchemaFile[],
  target: string,
): { model: ModelSpec; family: SchemaFile } | undefined {
  const name = parseTarget(target).model;
  for (const family of schemas) {
    const model = family.models.find((m) => m.name.toLowerCase() === name.toLowerCase());
    if (model) return { model, family };
  }
  return undefined;
}

/** What an index knows of a set of schemas, built once per set: the same schemas (the built-in ones, or
 * a run's user schemas) serve every check of a long-lived process (the language server, a fleet). */
interface Core {
  readonly byXml: ReadonlyMap<string, Found[]>;
  /** The per-line families, by their XML base (`Line_Enable_{n}_` under `Line_Enable`). */
  readonly byBase: ReadonlyMap<string, Found[]>;
  /** Per-line names already looked up (only names that are known). */
  readonly lines: Map<string, Found[]>;
  /** Spellings in scope, by target family ('' for every family). */
  readonly spellings: Map<string, Record<'text' | 'xml', readonly string[]>>;
  /** The tags marked secret (a family's pattern too, as find has it), and the bases of the per-line
   * families marked secret. */
  readonly secretTags: ReadonlySet<string>;
  readonly secretBases: ReadonlySet<string>;
}

const cores = new WeakMap<readonly SchemaFile[], Core>();

function coreOf(schemas: readonly SchemaFile[]): Core {
  let core = cores.get(schemas);
  if (!core) {
    const byXml = new Map<string, Found[]>();
    const byBase = new Map<string, Found[]>();
    const secretTags = new Set<string>();
    const secretBases = new Set<string>();
    for (const family of schemas) {
      for (const spec of family.parameters) {
        addFound(byXml, spec.xml, { spec, family });
        const base = familyBase(spec.xml, 'xml');
        if (base !== undefined) addFound(byBase, base, { spec, family });
        if (spec.secret !== true) continue;
        secretTags.add(spec.xml);
        if (base !== undefined) secretBases.add(base);
      }
    }
    core = { byXml, byBase, lines: new Map(), spellings: new Map(), secretTags, secretBases };
    cores.set(schemas, core);
  }
  return core;
}

function addFound(map: Map<string, Found[]>, key: string, found: Found): void {
  const list = map.get(key);
  if (list) list.push(found);
  else map.set(key, [found]);
}

/** What a name that is no parameter finds: one shared, frozen list. */
const NOTHING: readonly Found[] = Object.freeze([]);

function spellingsOf(core: Core, scope: readonly SchemaFile[], key: string) {
  let found = core.spellings.get(key);
  if (!found) {
    found = {
      text: [...new Set(scope.flatMap((f) => f.parameters.map((p) => p.name)))],
      xml: [...new Set(scope.flatMap((f) => f.parameters.map((p) => p.xml)))],
    };
    core.spellings.set(key, found);
  }
  return found;
}

export function schemaIndex(schemas: readonly SchemaFile[], targetName?: string): SchemaIndex {
  const core = coreOf(schemas);
  const { byXml, byBase, lines } = core;
  // Every entry of a check is looked up (a 200,000-line profile of unknown names too): the line's base is
  // cut by hand, with nothing made for a name that is no parameter.
  const find = (tag: string): readonly Found[] => {
    const plain = byXml.get(tag) ?? lines.get(tag);
    if (plain) return plain;
    const base = lineBase(tag, 'xml');
    const family = base === undefined ? undefined : byBase.get(base);
    if (base === undefined || family === undefined) return NOTHING;
    const line = Number(tag.slice(base.length + 1, -1));
    const found = family.map((f) => ({ ...f, index: line }));
    // A line's name is looked up again and again: keep what it found (only names that are known).
    lines.set(tag, found);
    return found;
  };
  const { secretTags, secretBases } = core;
  const secret = (tag: string): boolean => {
    if (secretTags.has(tag)) return true;
    if (secretBases.size === 0) return false;
    // A line's name the check already found: its family, kept, says so without cutting the name again.
    const known = lines.get(tag);
    if (known) return known.some((f) => f.spec.secret === true);
    const base = lineBase(tag, 'xml');
    return base !== undefined && secretBases.has(base);
  };
  const target = targetName === undefined ? undefined : targetOf(schemas, targetName);
  // Every spelling of the scope, for did-you-mean: gathered when a name is first not found.
  const names = (form: 'text' | 'xml') =>
    spellingsOf(core, target ? [target.family] : schemas, target?.family.family ?? '')[form];
  const nameTable: NameTable = { textNameOf: (tag) => textNameOf(find(tag)[0]) };
  return { schemas, ...(target ? { target } : {}), find, secret, names, nameTable };
}

function targetOf(schemas: readonly SchemaFile[], text: string): Target | undefined {
  const found = findModel(schemas, text);
  const { firmware } = parseTarget(text);
  return found && (firmware ? { ...found, firmware } : found);
}

/** Whether the target's firmware has what a range limits (no range, or no firmware targeted: yes). */
export const firmwareHas = (target: Target | undefined, range: string | undefined): boolean =>
  range === undefined || target?.firmware === undefined || inRange(target.firmware, range);

/** The model's line count on the target's firmware. */
export const linesOn = (model: ModelSpec, target: Target | undefined): number =>
  linesOnFirmware(model, target?.firmware);

/** `Line_Enable[n]` found as line 3 -> `Line_Enable[3]`. */
export const textNameOf = (found: Found | undefined): string | undefined =>
  found === undefined
    ? undefined
    : found.index === undefined
      ? found.spec.name
      : lineSpelling(found.spec.name, found.index);

export const xmlTagOf = (spec: ParameterSpec, index?: number): string => lineSpelling(spec.xml, index ?? 1);

export const entryTag = (entry: Entry): string => xmlNameOf(entry);

/** `SPA504G`, or `SPA504G@7.5.5` when the target names its firmware. */
export const targetName = (index: SchemaIndex): string =>
  index.target === undefined
    ? ''
    : index.target.firmware === undefined
      ? index.target.model.name
      : `${index.target.model.name}@${index.target.firmware.text}`;
