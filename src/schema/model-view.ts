// Schema stage: one model's view of a schema: its parameters, with per-line families expanded.
// Input: a schema and a model of it. Output: concrete parameters (`Line_Enable[2]`) with their defaults.
import { xmlTagOf } from './lookup.js';
import type { ModelSpec, ParameterSpec, SchemaFile } from './schema-types.js';
import { inRange, linesOnFirmware, parseRange, type Version } from './firmware.js';

export interface ConcreteParameter {
  readonly spec: ParameterSpec;
  /** Text name and XML tag with the line filled in. */
  readonly name: string;
  readonly xml: string;
  readonly index?: number;
  readonly default?: string;
}

export const onModel = (spec: ParameterSpec, model: ModelSpec): boolean =>
  spec.models === undefined || spec.models.includes(model.name);

/** The model's parameters on `firmware`; without one, on the newest firmware the data knows: a
 * parameter a later firmware dropped or renamed (a range with an upper bound) is left out, so a sample
 * never holds both spellings of one setting. */
export function concreteParameters(
  schema: SchemaFile,
  model: ModelSpec,
  firmware?: Version,
): ConcreteParameter[] {
  const lines = linesOnFirmware(model, firmware);
  return schema.parameters
    .filter((spec) => onModel(spec, model) && onFirmware(spec, firmware))
    .flatMap((spec) => expand(spec, lines));
}

const onFirmware = (spec: ParameterSpec, firmware: Version | undefined): boolean =>
  spec.firmware === undefined ||
  (firmware === undefined
    ? !(parseRange(spec.firmware) ?? []).some((b) => b.op === '<')
    : inRange(firmware, spec.firmware));

function expand(spec: ParameterSpec, lines: number): ConcreteParameter[] {
  if (!spec.name.endsWith('[n]'))
    return [withDefault({ spec, name: spec.name, xml: spec.xml }, spec.default)];
  return Array.from({ length: lines }, (_, i) => {
    const index = i + 1;
    const name = spec.name.replace('[n]', `[${index}]`);
    return withDefault(
      { spec, name, xml: xmlTagOf(spec, index), index },
      spec.indexDefaults?.[String(index)] ?? spec.default,
    );
  });
}

const withDefault = (p: ConcreteParameter, value: string | undefined): ConcreteParameter =>
  value === undefined ? p : { ...p, default: value };
