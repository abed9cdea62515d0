// Editor stage (completion): what may be typed at a cursor: parameter names of the target (with type
// and default), the options of a choice or Yes/No inside a value, macros inside rule values.
// Input: a cursor context, a schema index, the document's format. Output: plain completion items.
import type { Range } from '../diagnostics/diagnostic.js';
import { textNameToXml } from '../model/names.js';
import type { SourceFormat } from '../model/profile.js';
import { macroInfo, macroNames } from '../rules/macros.js';
import { TIME_ZONES, typeText } from '../schema/describe.js';
import type { SchemaIndex } from '../schema/lookup.js';
import type { ParameterSpec } from '../schema/schema-types.js';
import { isFamilyPattern, lineSpelling } from '../schema/line-names.js';
import type { CursorContext } from './context.js';

export interface CompletionItem {
  readonly label: string;
  readonly kind: 'parameter' | 'option' | 'macro' | 'file';
  readonly detail?: string;
  readonly documentation?: string;
  /** Text replacing `range`. */
  readonly insert: string;
  readonly range: Range;
}

/** At most this many names at once: a client told the list is incomplete asks again as typing narrows it. */
export const COMPLETION_LIMIT = 500;

export function completions(
  ctx: CursorContext,
  index: SchemaIndex | undefined,
  format: SourceFormat,
): CompletionItem[] {
  if (!index || ctx.kind === 'none' || ctx.kind === 'import') return [];
  if (ctx.kind === 'name') return names(ctx.prefix, ctx.range, index, format);
  const spec = index.find(textNameToXml(ctx.name))[0]?.spec;
  const dollar = ctx.prefix.lastIndexOf('$');
  if (spec?.type.kind === 'rule' && dollar >= 0 && /^\$\(?[A-Za-z_0-9]*$/.test(ctx.prefix.slice(dollar)))
    return macros(ctx.prefix.slice(dollar), { start: ctx.range.start + dollar, end: ctx.range.end });
  return spec ? options(spec, ctx.range) : [];
}

function names(prefix: string, range: Range, index: SchemaIndex, format: SourceFormat): CompletionItem[] {
  const scope = index.target ? [index.target.family] : index.schemas;
  const lower = prefix.toLowerCase();
  const lines = index.target?.model.lines ?? 1;
  const items: CompletionItem[] = [];
  for (const spec of scope.flatMap((f) => f.parameters)) {
    for (const spelled of spellings(spec, format, lines)) {
      if (!spelled.toLowerCase().startsWith(lower)) continue;
      items.push(parameterItem(spec, spelled, range));
      if (items.length >= COMPLETION_LIMIT) return items;
    }
  }
  return items;
}

/** Per-line parameters complete once per line of the target (line 1 without one). */
function spellings(spec: ParameterSpec, format: SourceFormat, lines: number): string[] {
  const base = format === 'xml' ? spec.xml : spec.name;
  if (!isFamilyPattern(base)) return [base];
  return Array.from({ length: Math.max(1, lines) }, (_, i) => lineSpelling(base, i + 1));
}

function parameterItem(spec: ParameterSpec, label: string, range: Range): CompletionItem {
  const detail = `${typeText(spec.type)}${spec.default === undefined ? '' : `, default "${spec.default}"`}`;
  return {
    label,
    kind: 'parameter',
    detail,
    ...(spec.description ? { documentation: spec.description } : {}),
    insert: label,
    range,
  };
}

function options(spec: ParameterSpec, range: Range): CompletionItem[] {
  const type = spec.type;
  const list =
    type.kind === 'enum'
      ? type.options
      : type.kind === 'bool'
        ? ['Yes', 'No']
        : type.kind === 'timezone'
          ? TIME_ZONES
          : [];
  return list.map((o) => ({
    label: o,
    kind: 'option',
    ...(o === spec.default ? { detail: 'default' } : {}),
    insert: o,
    range,
  }));
}

function macros(written: string, range: Range): CompletionItem[] {
  const braced = written.startsWith('$(');
  const prefix = written.slice(braced ? 2 : 1).toUpperCase();
  return macroNames
    .filter((n) => n.startsWith(prefix))
    .map((n) => {
      const info = macroInfo(n);
      return {
        label: `$${n}`,
        kind: 'macro',
        ...(info ? { detail: info.description } : {}),
        insert: braced ? `$(${n})` : `$${n}`,
        range,
      };
    });
}
