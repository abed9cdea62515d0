import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  xmlTagOf
} from "./chunk-FEGKZ6LN.js";

// src/schema/model-view.ts
var onModel = (spec, model) => spec.models === void 0 || spec.models.includes(model.name);
function concreteParameters(schema, model) {
  return schema.parameters.filter((spec) => onModel(spec, model)).flatMap((spec) => expand(spec, model.lines));
}
function expand(spec, lines) {
  return spec.name.endsWith("[n]") ? Array.from({ length: lines }, (_, i) => {
    let index = i + 1, name = spec.name.replace("[n]", `[${index}]`);
    return withDefault(
      { spec, name, xml: xmlTagOf(spec, index), index },
      spec.indexDefaults?.[String(index)] ?? spec.default
    );
  }) : [withDefault({ spec, name: spec.name, xml: spec.xml }, spec.default)];
}
var withDefault = (p, value) => value === void 0 ? p : { ...p, default: value };

export {
  concreteParameters
};
