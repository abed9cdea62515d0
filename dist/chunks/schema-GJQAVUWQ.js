import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  concreteParameters
} from "./chunk-KHQK6CYA.js";
import {
  describeParameter,
  findParameter,
  typeText
} from "./chunk-KS75GZVE.js";
import {
  schemaOptions,
  valueCheckers
} from "./chunk-TMVOA5H2.js";
import {
  emptyAllowed
} from "./chunk-227DPP57.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-MVACOJPQ.js";
import {
  parseProfile
} from "./chunk-JG7RXYEO.js";
import {
  DECIMAL,
  HEX,
  INTEGER,
  TIME_ZONES,
  checkValue,
  familyPattern,
  findModel,
  metaCheck,
  schemaIndex,
  splitLineName,
  xmlNameOf
} from "./chunk-ILBW3I2W.js";
import {
  closest
} from "./chunk-7E2XYKPH.js";
import {
  readInputs
} from "./chunk-IQYGKJZ5.js";
import "./chunk-2CEZCH7C.js";
import {
  outputOption,
  schemaArgs,
  schemaOption,
  showDash,
  targetOption
} from "./chunk-KX2ECOKB.js";
import {
  EXIT_ERRORS,
  EXIT_OK,
  EXIT_USAGE,
  refuse,
  report,
  writeOutput
} from "./chunk-IAUS6DXG.js";
import "./chunk-4FTOEFBI.js";
import "./chunk-C4OQ6GRE.js";
import {
  diagnostic,
  hasErrors,
  sortDiagnostics
} from "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/schema/json-schema.ts
var BOOL_SPELLINGS = ["Yes", "yes", "Enable", "enable", "1", "No", "no", "Disable", "disable", "0"];
function valueSchema(type, empty) {
  let choice = (options) => ({ enum: empty ? [.../* @__PURE__ */ new Set([...options, ""])] : options }), pattern = (body) => ({ type: "string", pattern: `^(?:${body})?$` });
  switch (type.kind) {
    case "bool":
      return choice(BOOL_SPELLINGS);
    case "enum":
      return choice(type.options);
    case "timezone":
      return choice(TIME_ZONES);
    case "int":
      return pattern("-?[0-9]+|0[xX][0-9a-fA-F]+");
    case "decimal":
      return pattern("-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");
    case "hhmm":
      return pattern("(?:[01][0-9]|2[0-3])[0-5][0-9]");
    case "port":
      return pattern("[0-9]{1,5}");
    case "string":
    case "password":
      return { type: "string", ...type.maxLength === void 0 ? {} : { maxLength: type.maxLength } };
    default:
      return { type: "string" };
  }
}
function property(spec, value) {
  let description = [
    spec.description,
    `Type: ${typeText(spec.type)}.`,
    `User access by default: ${spec.access}.`
  ].filter((s) => s !== void 0).join(" ");
  return {
    ...valueSchema(spec.type, emptyAllowed(spec)),
    description,
    ...value === void 0 ? {} : { default: value },
    ...spec.secret === !0 ? { writeOnly: !0 } : {}
  };
}
function toJsonSchema(schemas, target) {
  let properties = {}, patternProperties = {};
  if (target)
    for (let p of concreteParameters(target.family, target.model))
      properties[p.xml] = property(p.spec, p.default);
  else
    for (let spec of schemas.flatMap((s) => s.parameters))
      spec.xml.includes("{n}") ? patternProperties[linePattern(spec.xml)] ??= property(spec, spec.default) : properties[spec.xml] ??= property(spec, spec.default);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: target ? `${target.model.name} provisioning profile` : "SPA provisioning profile",
    description: "Parameters by XML tag. Unknown parameters are allowed: spac reports them as warnings, since the phone ignores them.",
    type: "object",
    properties,
    ...target ? {} : { patternProperties }
  };
}
var linePattern = (xml) => `^${xml.replace(/\./g, "\\.").replace("{n}", "[1-9][0-9]*")}$`;

// src/cli/commands/schema-import.ts
import { posix } from "node:path";

// src/schema/import.ts
var TEXT_SPELLINGS = {
  Set_Local_Date__mm_dd_: "Set_Local_Date_(mm/dd)",
  Set_Local_Time__HH_mm_: "Set_Local_Time_(HH/mm)",
  Time_Offset__HH_mm_: "Time_Offset_(HH/mm)",
  Resync_At__HHmm_: "Resync_At_(HHmm)"
};
function familyOf(entry) {
  let split = splitLineName(entry.name, entry.nameFormat);
  if (split) {
    let { base } = split, xmlBase = entry.nameFormat === "text" ? xmlNameOf({ name: base, nameFormat: "text" }) : base;
    return {
      text: familyPattern(entry.nameFormat === "text" ? base : xmlBase, "text"),
      xml: familyPattern(xmlBase, "xml"),
      index: split.line
    };
  }
  let xml = xmlNameOf(entry);
  return { text: entry.nameFormat === "text" ? entry.name : TEXT_SPELLINGS[xml] ?? xml, xml };
}
function importSchema(profile, options) {
  let diagnostics = [], byXml = /* @__PURE__ */ new Map(), section, lines = 1;
  for (let item of profile.items) {
    if (item.kind === "comment" && (section = sectionName(item.text) ?? section), item.kind !== "entry" || isStatusField(item)) continue;
    let family = familyOf(item);
    lines = Math.max(lines, family.index ?? 1);
    let where = item.attributes?.group !== void 0 ? groupSection(item, family.index !== void 0) : section, spec = parameterOf(item, family, where, diagnostics), earlier = byXml.get(family.xml);
    family.index !== void 0 && earlier ? byXml.set(family.xml, withIndexDefault(earlier, family.index, item.value)) : (byXml.delete(family.xml), byXml.set(
      family.xml,
      family.index === void 0 ? spec : withIndexDefault(spec, family.index, item.value)
    ));
  }
  return { schema: {
    schemaVersion: 1,
    family: options.family,
    title: options.title ?? options.family,
    ...options.source === void 0 ? {} : { source: options.source },
    // A sample or an export lists every line the device has.
    models: options.models ?? [{ name: options.family.toUpperCase(), lines }],
    parameters: [...byXml.values()].map(dropDefaultLines)
  }, diagnostics };
}
function withIndexDefault(spec, index, value) {
  if (value === void 0) return spec;
  let fits = value === "" || checkValue(value, spec.type) === void 0;
  return {
    ...spec,
    ...fits ? {} : { type: { kind: "string" } },
    indexDefaults: { ...spec.indexDefaults, [String(index)]: value }
  };
}
function dropDefaultLines(spec) {
  let differing = Object.entries(spec.indexDefaults ?? {}).filter(([, v]) => v !== (spec.default ?? ""));
  return differing.length === 0 ? omitIndexDefaults(spec) : { ...spec, indexDefaults: Object.fromEntries(differing) };
}
var isStatusField = (entry) => entry.attributes?.group?.startsWith("Info/") === !0;
function sectionName(comment) {
  let text = comment.replace(/^\*+\s*/, "").trim();
  if (!(text === "" || /^options:/i.test(text) || text.length > 60 || /[.!:]$/.test(text)))
    return text;
}
var groupSection = (entry, perLine) => entry.attributes?.group?.replace(perLine ? /_[0-9]+(?=\/|$)/g : /$^/, "").replace(/_/g, " ").replace(/\//g, " / ");
function parameterOf(entry, family, section, out) {
  let options = optionsOf(entry, out);
  return {
    name: family.text,
    xml: family.xml,
    type: inferType(entry.value, options),
    ...entry.value === void 0 ? {} : { default: entry.value },
    access: entry.access ?? "na",
    ...section === void 0 ? {} : { section }
  };
}
function inferType(value, options) {
  return options ? { kind: "enum", options } : value === "Yes" || value === "No" ? { kind: "bool" } : value !== void 0 && (INTEGER.test(value) || HEX.test(value)) ? { kind: "int", ...value.startsWith("-") ? {} : { min: 0 } } : value !== void 0 && DECIMAL.test(value) ? { kind: "decimal" } : { kind: "string" };
}
function optionsOf(entry, out) {
  let m = /^options:\s*(.*)$/i.exec(entry.comment ?? "");
  if (!m || (m[1] ?? "").trim() === "") return;
  let parts = (m[1] ?? "").split("/").map((p) => p.trim()), value = entry.value ?? "", at = entry.valueRange ?? entry.nameRange, width = value.split("/").length;
  if (parts.includes(value) || value === "") return [...new Set(parts)];
  if (width === 1) {
    out.push(diagnostic("SPAC3008", entry.file, at, { name: entry.name, value }));
    return;
  }
  let grouped = parts.length % width === 0 ? chunk(parts, width) : void 0;
  if (grouped?.includes(value) === !0) {
    let read = grouped.map((g) => `'${g}'`).join(", "), params = { name: entry.name, value, read };
    return out.push(diagnostic("SPAC3008", entry.file, at, params, { message: "grouped" })), [...new Set(grouped)];
  }
  out.push(diagnostic("SPAC3008", entry.file, at, { name: entry.name, value }, { message: "ambiguous" }));
}
var chunk = (parts, width) => Array.from({ length: parts.length / width }, (_, i) => parts.slice(i * width, (i + 1) * width).join("/"));
function omitIndexDefaults(spec) {
  let rest = { ...spec };
  return delete rest.indexDefaults, rest;
}

// src/cli/commands/schema-import.ts
function parseModelArg(arg) {
  let m = /^([A-Za-z0-9][A-Za-z0-9_.-]*):([1-9][0-9]*)$/.exec(arg);
  return m ? { name: m[1] ?? "", lines: Number(m[2]) } : void 0;
}
async function runSchemaImport(args, io) {
  let models = args.models.map((m) => ({ arg: m, model: parseModelArg(m) })), bad = models.find((m) => m.model === void 0);
  if (bad)
    return io.stderr.write(`spac: '--model ${bad.arg}' must be NAME:LINES, such as SPA504G:4
`), EXIT_USAGE;
  let { inputs, failures } = await readInputs([args.file], io), input = inputs[0];
  if (!input)
    return report(failures, /* @__PURE__ */ new Map(), io, io.stderr), EXIT_USAGE;
  let parsed = parseProfile(input.text, input.file), sources = /* @__PURE__ */ new Map([[input.file, input.text]]), family = args.family ?? (posix.basename(input.file).replace(/\.[^.]*$/, "") || "imported"), given = models.flatMap((m) => m.model ? [m.model] : []), imported = importSchema(parsed.profile, {
    family,
    ...args.title === void 0 ? {} : { title: args.title },
    source: posix.basename(input.file),
    ...given.length > 0 ? { models: given } : {}
  }), diagnostics = sortDiagnostics([...parsed.diagnostics, ...imported.diagnostics]);
  if (report(diagnostics, sources, io, io.stderr), hasErrors(diagnostics)) return EXIT_ERRORS;
  let problems = metaCheck(imported.schema, valueCheckers);
  if (problems.length > 0)
    throw new Error(`imported schema fails the meta-check: ${problems.map((p) => p.path).join(", ")}`);
  let failed = await writeOutput(args.output, `${JSON.stringify(imported.schema, null, 2)}
`, io);
  return failed ? (report([failed], /* @__PURE__ */ new Map(), io, io.stderr), EXIT_USAGE) : EXIT_OK;
}

// src/cli/commands/schema.ts
async function runSchemaList(args, io) {
  let picked = await schemaOptions(args, io);
  if (!picked.ok) return refuse(picked, io);
  let rows = picked.schemas.map((s) => ({
    family: s.family,
    title: s.title,
    parameters: s.parameters.length,
    models: s.models.map((m) => ({ name: m.name, lines: m.lines }))
  }));
  if (args.json)
    return io.stdout.write(`${JSON.stringify(rows, null, 2)}
`), EXIT_OK;
  for (let r of rows) {
    io.stdout.write(`${r.family}: ${r.title} (${r.parameters} parameters)
`);
    for (let m of r.models)
      io.stdout.write(`  ${m.name.padEnd(10)} ${m.lines} line${m.lines === 1 ? "" : "s"}
`);
  }
  return EXIT_OK;
}
async function runSchemaShow(args, io) {
  let picked = await schemaOptions(args, io);
  if (!picked.ok) return refuse(picked, io);
  let found = findParameter(picked.schemas, args.parameter, args.target);
  if (found.length === 0) {
    let scope = args.target === void 0 ? picked.schemas : [findModel(picked.schemas, args.target)?.family].filter((f) => f !== void 0), names = schemaIndex(scope).names("text"), near = closest(
      args.parameter.replace(/\[[0-9n]+\]$/, ""),
      names.map((n) => n.replace(/\[n\]$/, ""))
    ), where = args.target === void 0 ? "" : ` on ${args.target}`;
    return io.stderr.write(
      `spac: unknown parameter '${args.parameter}'${where}${near === void 0 ? "" : `; did you mean '${near}'?`}
`
    ), EXIT_ERRORS;
  }
  let described = mergeFamilies(found.map((f) => describeParameter(f, args.target)));
  return io.stdout.write(args.json ? `${JSON.stringify(described, null, 2)}
` : described.map(showText).join(`
`)), EXIT_OK;
}
function mergeFamilies(all) {
  let out = [], key = (d) => JSON.stringify({ ...d, family: "", models: [], lines: "" });
  for (let d of all) {
    let i = out.findIndex((o) => key(o) === key(d)), same = out[i];
    same === void 0 ? out.push(d) : out[i] = { ...same, family: `${same.family}, ${d.family}`, models: [...same.models, ...d.models] };
  }
  return out;
}
var wrap = (items, sep) => items.reduce((lines, item) => {
  let last = lines.at(-1);
  return last !== void 0 && last.length + sep.length + item.length <= 88 ? lines[lines.length - 1] = `${last}${sep}${item}` : lines.push(item), lines;
}, []).join(`${sep.trimEnd()}
            `), ACCESS_TEXT = {
  na: "na (no user access)",
  ro: "ro (user read-only)",
  rw: "rw (user read-write)"
};
function showText(d) {
  let body = [
    ["xml", d.xml],
    ["family", d.family],
    ["type", d.type],
    ["options", d.options && wrap(d.options, " | ")],
    ["default", d.default === void 0 ? void 0 : `"${d.default}"`],
    ["access", ACCESS_TEXT[d.access] ?? d.access],
    ["section", d.section],
    ["lines", d.lines],
    ["models", wrap(d.models, ", ")],
    ["secret", d.secret ? "yes: encrypt profiles that set it" : void 0],
    ["limits", d.rangeNote],
    ["firmware", d.firmware],
    ["source", d.source && wrap(d.source.split(" "), " ")]
  ].filter((r) => r[1] !== void 0).map(([k, v]) => `  ${`${k}:`.padEnd(9)} ${v}
`);
  return `${d.name}${d.description === void 0 ? "" : ` - ${d.description}`}
${body.join("")}`;
}
async function runSchemaExport(args, io) {
  let picked = await schemaOptions(args, io);
  if (!picked.ok) return refuse(picked, io);
  let target = args.target === void 0 ? void 0 : findModel(picked.schemas, args.target);
  if (args.format === "spac" && !target)
    return io.stderr.write(`spac: '--format spac' writes one family: name a model with --target
`), EXIT_USAGE;
  let data = args.format === "spac" && target ? target.family : toJsonSchema(picked.schemas, target), failed = await writeOutput(args.output, `${JSON.stringify(data, null, 2)}
`, io);
  return failed ? (report([failed], /* @__PURE__ */ new Map(), io, io.stderr), EXIT_USAGE) : EXIT_OK;
}
var schemaFlags = { target: targetOption, schema: schemaOption }, listOptions = {
  ...schemaFlags,
  json: { type: "boolean", describe: "print JSON instead of text" }
}, showOptions = {
  ...listOptions,
  parameter: { type: "string", describe: "text name or XML tag, such as Line_Enable[1]" }
}, importOptions = {
  file: { type: "string", describe: "the sample profile, or - for stdin" },
  output: outputOption,
  family: { type: "string", describe: "family name (default: the file name)" },
  title: { type: "string", describe: "a title for the family" },
  model: { type: "string", array: !0, describe: "a model as NAME:LINES, such as SPA504G:4; repeatable" }
}, exportOptions = {
  ...schemaFlags,
  format: {
    choices: ["json-schema", "spac"],
    default: "json-schema",
    describe: "json-schema, or spac: the target's family in spac's own format, to edit and use with --schema"
  },
  output: outputOption
}, builder = (y, select) => y.command(
  "list",
  "families and models spac knows",
  (s) => s.options(listOptions).example("$0 schema list --json", "for scripts: families, models, line counts"),
  (a) => {
    select((io) => runSchemaList({ json: a.json ?? !1, ...schemaArgs(a) }, io));
  }
).command(
  "show <parameter>",
  "type, default, options, access and description of a parameter",
  (s) => s.positional("parameter", showOptions.parameter).options({ ...schemaFlags, json: listOptions.json }).example("$0 schema show Time_Zone", "the options of Time_Zone").example("$0 schema show 'Proxy[2]' --target SPA504G", "as SPA504G has it"),
  (a) => {
    let args = { parameter: a.parameter ?? "", json: a.json ?? !1, ...schemaArgs(a) };
    select((io) => runSchemaShow(args, io));
  }
).command(
  "import <file>",
  "build a schema from a sample profile (SPC text or XML) or a phone's spacfg.xml export",
  (s) => {
    let { file, ...flags } = importOptions;
    return s.positional("file", file).options(flags).example(
      "$0 schema import spa504g.cfg --model SPA504G:4 -o spa504g.json",
      "then: spac check --schema spa504g.json"
    );
  },
  (a) => {
    let args = {
      file: showDash(a.file ?? "-"),
      output: showDash(a.output),
      family: a.family,
      title: a.title,
      models: a.model ?? []
    };
    select((io) => runSchemaImport(args, io));
  }
).command(
  "export",
  "write a JSON Schema of a model (or of every family) for other tools",
  (s) => s.options(exportOptions).example(
    "$0 schema export --target SPA504G --format json-schema -o spa504g.schema.json",
    "for editors and validators"
  ),
  (a) => {
    let args = { format: a.format, output: showDash(a.output), ...schemaArgs(a) };
    select((io) => runSchemaExport(args, io));
  }
).demandCommand(1, "name a schema command: list, show, import or export").example("$0 schema list", "the families and models spac knows").example("$0 schema show Time_Zone --target SPA504G", "one parameter: type, default, options, access").example("$0 schema import spa504g.cfg --model SPA504G:4 -o spa504g.json", "a schema from a sample").example("$0 schema export --target SPA504G -o spa504g.schema.json", "a JSON Schema for other tools");
export {
  builder,
  runSchemaExport,
  runSchemaList,
  runSchemaShow
};
