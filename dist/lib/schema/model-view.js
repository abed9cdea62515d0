// Schema stage: one model's view of a schema: its parameters, with per-line families expanded.
// Input: a schema and a model of it. Output: concrete parameters (`Line_Enable[2]`) with their defaults.
import { xmlTagOf } from './lookup.js';
export const onModel = (spec, model) => spec.models === undefined || spec.models.includes(model.name);
export function concreteParameters(schema, model) {
    return schema.parameters
        .filter((spec) => onModel(spec, model))
        .flatMap((spec) => expand(spec, model.lines));
}
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
