// Library entry: the public API of spac, free of the CLI and its dependencies.
// Input: profile texts, a Host and schemas. Output: diagnostics, compiled profiles, formatted text, schemas,
// rule checks and previews, encryption the phones accept, and binary profiles.
export { check, compile, decompile, expand, expandRule, format, RULE_SOURCE } from './workspace/pipeline.js';
export type {
  CheckOptions,
  CheckResult,
  CompileOptions,
  CompileResult,
  DecompileOptions,
  ExpandOptions,
  ExpandResult,
  FormatResult,
  OutputFormat,
} from './workspace/pipeline.js';
export { catalog, isDiagnosticCode } from './diagnostics/catalog.js';
export type { CatalogEntry, DiagnosticCode, Severity } from './diagnostics/catalog.js';
export { hasErrors, sortDiagnostics } from './diagnostics/diagnostic.js';
export type { Diagnostic, Fix, Range, RelatedLocation, TextEdit } from './diagnostics/diagnostic.js';
export { renderDiagnostics } from './diagnostics/render.js';
export type { JsonDiagnostic, RenderFormat, RenderOptions } from './diagnostics/render.js';
export { lineIndex } from './text/line-index.js';
export { emitText } from './codegen/emit-text.js';
export { emitXml } from './codegen/emit-xml.js';
export { memoryHost, resolveImport } from './model/host.js';
export type { Host, ReadResult } from './model/host.js';
export { layer } from './model/layer.js';
export { loadProfiles } from './parser/load.js';
export type { Input, Loaded } from './parser/load.js';
export { emptyNameTable, entryKey, textNameToXml, xmlNameOf } from './model/names.js';
export type { NameTable } from './model/names.js';
export { entriesOf, valueOffsetToSource } from './model/profile.js';
export type {
  Access,
  BlankItem,
  CommentItem,
  Entry,
  ImportItem,
  Item,
  ProfileFile,
  SourceFormat,
  SplicedItem,
} from './model/profile.js';
export { detectFormat, parseProfile } from './parser/parse.js';
export { parseText } from './parser/text-front.js';
export { parseXml } from './parser/xml-front.js';
export { builtinSchemas } from './schema/builtin.js';
export { describeParameter, findParameter, typeText } from './schema/describe.js';
export { importSchema } from './schema/import.js';
export type { ImportOptions, ImportResult } from './schema/import.js';
export { toJsonSchema } from './schema/json-schema.js';
export { metaCheck } from './schema/meta-check.js';
export type { MetaProblem } from './schema/meta-check.js';
export { concreteParameters } from './schema/model-view.js';
export { sampleProfile } from './codegen/sample.js';
export type { ModelSpec, ParameterSpec, SchemaFile, TypeSpec } from './schema/schema-types.js';
export type { SchemaOptions } from './schema/schema-options.js';
export { readUserSchema } from './workspace/schema-choice.js';
export type { UserSchemaResult } from './schema/user-schema.js';
export type {
  Alternative,
  Assignment,
  Comparison,
  ComparisonOp,
  Condition,
  Group,
  Operand,
  ParsedRule,
  RuleLanguage,
  RuleOption,
  Span,
} from './rules/ast.js';
export { checkRuleValue } from './rules/check-rule.js';
export type { CheckedRule, RuleContext } from './rules/check-rule.js';
export { compareVersions, evaluateCondition } from './rules/compare.js';
export type { Truth, Verdict } from './rules/compare.js';
export { parseMac } from './rules/device.js';
export type { DeviceFacts } from './rules/device.js';
export { evaluateRule } from './rules/evaluate.js';
export type { Fetch, KeyUse, Outcome, Tried } from './rules/evaluate.js';
export { expandMacros, scanMacros } from './rules/macro-scan.js';
export type { MacroLookup, MacroPiece } from './rules/macro-scan.js';
export { macroInfo, macroNames } from './rules/macros.js';
export type { MacroInfo, MacroType } from './rules/macros.js';
export { parseRule } from './rules/parse.js';
export { PREVIEWED, previewRules } from './rules/preview.js';
export type { Preview, RulePreview } from './rules/preview.js';
export { printRule } from './rules/print.js';
export type { RuleProblem, ValueEdit } from './rules/problem.js';
export { urlParts } from './rules/url.js';
export type { Scheme, UrlParts } from './rules/url.js';
export { familyFor, fromBinary, NO_SCHEMA, toBinary } from './binary/binary.js';
export type { FromBinaryResult } from './binary/binary.js';
export { isSpacBinary } from './binary/container.js';
export type { OpenOptions, ScryptCost, SealOptions } from './binary/container.js';
export { gunzip, gzip, isGzip } from './encrypt/gzip.js';
export {
  decryptOpenssl,
  encryptOpenssl,
  evpBytesToKey,
  isOpensslEncrypted,
  reproducibleSalt,
} from './encrypt/openssl.js';
export type { DecryptResult, Digest, EncryptOptions, KeyIv } from './encrypt/openssl.js';
export { decryptProfile, unwrapProfile } from './encrypt/unwrap.js';
export type { Layer, UnwrapOptions, UnwrapResult } from './encrypt/unwrap.js';
export { wrapProfile } from './encrypt/wrap.js';
export type { WrapOptions } from './encrypt/wrap.js';
export { CONFIG_FILE, parseConfig } from './workspace/config.js';
export type { Config, ConfigOverride, ConfigResult, ConfigSection, RuleSetting } from './workspace/config.js';
export { settingsFor } from './workspace/settings.js';
export type { FileSettings, LoadedConfig } from './workspace/settings.js';
export { explainText, explanations } from './diagnostics/explanations/index.js';
export type { Explanation } from './diagnostics/explanations/index.js';
export { githubSummary, renderGithub, renderSarif } from './diagnostics/render-ci.js';
export { applySeverities, applySuppressions } from './workspace/suppressions.js';
export { analyze, checkFiles } from './workspace/analyze.js';
export { buildFleet } from './fleet/build.js';
export type {
  BuiltDevice,
  BuiltFile,
  FleetHooks,
  FleetOptions,
  FleetOutput,
  FleetRun,
  ManifestDevice,
  ManifestFile,
} from './fleet/build.js';
export { deriveDeviceKey, KEY_DERIVATION_LABEL } from './fleet/device-key.js';
export { changesSince, manifestChunks, manifestText } from './fleet/manifest.js';
export { parseInventory } from './fleet/inventory.js';
export type { Analysis, AnalyzeFlags, WorkspaceCheck } from './workspace/analyze.js';
export { configChain } from './workspace/config-chain.js';
export { fileSettings } from './workspace/file-settings.js';
export { STDIN_NAME } from './workspace/host.js';
export type { ReadBytes, WorkspaceHost } from './workspace/host.js';
export { importHost, readInputs, unwrapDiagnostic } from './workspace/inputs.js';
export type { ReadInputs } from './workspace/inputs.js';
export { outputSettings, schemaArgsFor, schemaIndexFor, schemaOptions } from './workspace/schema-choice.js';
export type { OutputChoice, Refusal, SchemaArgs, SchemaChoice } from './workspace/schema-choice.js';
export type { FileComment, Severities } from './workspace/suppressions.js';
export { completions } from './editor/complete.js';
export type { CompletionItem } from './editor/complete.js';
export { cursorContext } from './editor/context.js';
export type { CursorContext } from './editor/context.js';
export { hoverAt, outline } from './editor/hover.js';
export { targetDirective } from './workspace/directives.js';
export type { Hover, OutlineSection } from './editor/hover.js';
