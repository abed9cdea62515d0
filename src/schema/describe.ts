// Schema stage: what a parameter is, for `spac schema show`, hover and completion.
// Input: schemas, a parameter name in either spelling, and an optional target. Output: plain descriptions.
import { textNameToXml } from '../model/names.js';
import { findModel, schemaIndex, textNameOf, type Found } from './lookup.js';
import type { SchemaFile, TypeSpec } from './schema-types.js';
import { familyPattern, lineSpelling, splitLineName, TEXT_LINE, XML_LINE } from './line-names.js';
import { TIME_ZONES } from './types/time.js';
import { parseTarget } from './firmware.js';

/** The time zones the phones list, for editors' completion. */
export { TIME_ZONES };

export interface ParameterDescription {
  readonly family: string;
  readonly name: string;
  readonly xml: string;
  readonly type: string;
  readonly options?: readonly string[];
  readonly default?: string;
  readonly access: string;
  readonly section?: string;
  readonly description?: string;
  readonly models: readonly string[];
  readonly lines?: string;
  readonly secret: boolean;
  readonly rangeNote?: string;
  /** The firmware range that has it, or 'every known firmware'. */
  readonly firmware: string;
  /** Where the data comes from: the parameter's own source, else its family's. */
  readonly source?: string;
}

/** Finds a parameter by text name or XML tag, exact first, then ignoring case. */
export function findParameter(
  schemas: readonly SchemaFile[],
  name: string,
  target?: string,
): readonly Found[] {
  const scope =
    target === undefined ? schemas : [findModel(schemas, target)?.family].filter((f) => f !== undefined);
  const index = schemaIndex(scope);
  // `Line_Enable[n]` names the whole family.
  const tag = textNameToXml(
    name.endsWith(TEXT_LINE) ? `${name.slice(0, -TEXT_LINE.length)}[${XML_LINE}]` : name,
  );
  const exact = index.find(tag);
  if (exact.length > 0) return exact;
  const byLower = new Map(index.names('xml').map((x) => [x.toLowerCase(), x]));
  const line = splitLineName(tag, 'xml');
  const family = line ? byLower.get(familyPattern(line.base, 'xml').toLowerCase()) : undefined;
  if (family !== undefined) return index.find(lineSpelling(family, line?.line ?? 1));
  const plain = byLower.get(tag.toLowerCase());
  return plain === undefined ? [] : index.find(plain);
}

export function describeParameter(found: Found, target?: string): ParameterDescription {
  const { spec, family } = found;
  const models = family.models.filter((m) => spec.models === undefined || spec.models.includes(m.name));
  const model = target === undefined ? undefined : parseTarget(target).model.toLowerCase();
  const inScope = model === undefined ? models : models.filter((m) => m.name.toLowerCase() === model);
  const source = spec.source ?? family.source;
  const perLine = spec.name.endsWith(TEXT_LINE);
  const maxLines = Math.max(0, ...inScope.map((m) => m.lines));
  return {
    family: family.family,
    name: textNameOf(found) ?? spec.name,
    xml: found.index === undefined ? spec.xml : lineSpelling(spec.xml, found.index),
    type: typeText(spec.type),
    ...(spec.type.kind === 'enum'
      ? { options: spec.type.options.map((o) => optionText(o, spec.type)) }
      : spec.type.kind === 'timezone'
        ? { options: TIME_ZONES }
        : {}),
    ...(spec.default === undefined ? {} : { default: spec.default }),
    access: spec.access,
    ...(spec.section === undefined ? {} : { section: spec.section }),
    ...(spec.description === undefined ? {} : { description: spec.description }),
    models: inScope.map((m) => m.name),
    ...(perLine ? { lines: maxLines <= 1 ? '1' : `1 to ${maxLines}` } : {}),
    secret: spec.secret === true,
    ...(spec.rangeNote === undefined ? {} : { rangeNote: spec.rangeNote }),
    firmware: spec.firmware ?? 'every known firmware',
    ...(source === undefined ? {} : { source }),
  };
}

/** An option some firmware only has carries its range: `AUTO (>=1.3)`. */
function optionText(option: string, type: TypeSpec): string {
  const range = type.kind === 'enum' ? type.optionFirmware?.[option] : undefined;
  return range === undefined ? option : `${option} (${range})`;
}

/** One-line type summary: `whole number from 1 to 8`, `choice`, `rule (profile rule)`. */
export function typeText(type: TypeSpec): string {
  switch (type.kind) {
    case 'int':
    case 'decimal': {
      const what =
        type.kind === 'int'
          ? 'whole number'
          : type.places === undefined
            ? 'decimal number'
            : `decimal number (${type.places} places)`;
      const bounds =
        type.min !== undefined && type.max !== undefined
          ? ` from ${type.min} to ${type.max}`
          : type.min !== undefined
            ? ` at least ${type.min}`
            : type.max !== undefined
              ? ` at most ${type.max}`
              : '';
      return `${what}${bounds}${type.unit === undefined ? '' : ` ${type.unit}`}`;
    }
    case 'string':
    case 'password':
      return type.maxLength === undefined
        ? type.kind
        : `${type.kind} of at most ${type.maxLength} characters`;
    case 'url':
      return type.schemes === undefined ? 'url' : `url (${type.schemes.join(', ')})`;
    case 'rule':
      return `rule (${type.language} rule)`;
    default:
      return KIND_TEXT[type.kind];
  }
}

const KIND_TEXT: Record<TypeSpec['kind'], string> = {
  bool: 'Yes/No',
  enum: 'choice',
  int: 'whole number',
  decimal: 'decimal number',
  timezone: 'time zone (GMT-12:00 to GMT+13:00)',
  hhmm: 'time of day as HHmm',
  ipv4: 'IPv4 address',
  port: 'port (0 to 65535)',
  host: 'host name or IPv4 address, optional :port',
  url: 'url',
  phone: 'phone number or SIP URI',
  'dst-rule': 'daylight-saving rule (start=...;end=...;save=...)',
  schedule: 'delay schedule in seconds (1800,3600+600)',
  tone: 'tone script',
  cadence: 'cadence script',
  'dial-plan': 'dial plan',
  string: 'string',
  password: 'password',
  rule: 'rule',
};
