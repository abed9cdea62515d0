// Schema stage: one model's view of a schema: its parameters, with per-line families expanded.
// Input: a schema and a model of it. Output: concrete parameters (`Line_Enable[2]`) with their defaults.
import { xmlTagOf } from './lookup.js';
import { inRange, linesOnFirmware, parseRange } from './firmware.js';
export const onModel = (spec, model) => spec.models === undefined || spec.models.includes(model.name);
/** The model's parameters on `firmware`; without one, on the newest firmware the data knows: a
 * parameter a later firmware dropped or renamed (a range with an upper bound) is left out, so a sample
 * never holds both spellings of one setting. */
export function concreteParameters(schema, model, firmware) {
    const lines = linesOnFirmware(model, firmware);
    return schema.parameters
        .filter((spec) => onModel(spec, model) && onFirmware(spec, firmware))
        .flatMap((spec) => expand(spec, lines));
}
const onFirmware = (spec, firmware) => spec.firmware === undefined ||
    (firmware === undefined
        ? !(parseRange(spec.firmware) ?? []).some((b) => b.op === '<')
        : inRange(firmware, spec.firmware));
function expand(spec, lines) {
    if (!spec.name.endsWith('[n]'))
        return [withDefault({ spec, name: spec.name, xml: spec.xml }, spec.default)];
    return Array.from({ length: lines }, (_, i) => {
        const index = i + 1;
        const name = spec.name.replace('[n]', `[${index}]`);
        return withDefault({ spec, name, xml: xmlTagOf(spec, index), index }, spec.indexDefaults?.[String(index)] ?? spec.default);
    });
}
const withDefault = (p, value) => value === undefined ? p : { ...p, default: value };
