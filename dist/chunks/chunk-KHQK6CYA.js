import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  inRange,
  linesOnFirmware,
  parseRange,
  xmlTagOf
} from "./chunk-ILBW3I2W.js";

// src/schema/model-view.ts
var onModel = (spec, model) => spec.models === void 0 || spec.models.includes(model.name);
function concreteParameters(schema, model, firmware) {
  let lines = linesOnFirmware(model, firmware);
  return schema.parameters.filter((spec) => onModel(spec, model) && onFirmware(spec, firmware)).flatMap((spec) => expand(spec, lines));
}
var onFirmware = (spec, firmware) => spec.firmware === void 0 || (firmware === void 0 ? !(parseRange(spec.firmware) ?? []).some((b) => b.op === "<") : inRange(firmware, spec.firmware));
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
