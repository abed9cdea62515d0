// Editor stage (hover and outline): what a parameter is, for the name or value under the cursor, and the
// document's parameters grouped by schema section. Input: parsed entries, an offset, a schema index.
// Output: Markdown with the range it covers, or outline sections.
import type { Range } from '../diagnostics/diagnostic.js';
import { xmlNameOf } from '../model/names.js';
import type { Entry } from '../model/profile.js';
import { describeParameter } from '../schema/describe.js';
import type { SchemaIndex } from '../schema/lookup.js';

export interface Hover {
  readonly markdown: string;
  readonly range: Range;
}

const within = (r: Range | undefined, offset: number): boolean =>
  r !== undefined && offset >= r.start && offset <= r.end;

export function hoverAt(
  entries: readonly Entry[],
  offset: number,
  index: SchemaIndex | undefined,
): Hover | undefined {
  const entry = entries.find(
    (e) => within(e.nameRange, offset) || within(e.valueRange, offset) || within(e.closeNameRange, offset),
  );
  const found = entry && index?.find(xmlNameOf(entry))[0];
  if (!entry || !found) return undefined;
  const d = describeParameter(found, index.target?.model.name);
  const lines = [
    `**${d.name}** (\`${d.xml}\`)`,
    ...(d.description ? ['', d.description] : []),
    '',
    `- type: ${d.type}${d.rangeNote ? ` (${d.rangeNote})` : ''}`,
    ...(d.options
      ? [`- options: ${d.options.slice(0, 30).join(' | ')}${d.options.length > 30 ? ' | ...' : ''}`]
      : []),
    ...(d.default === undefined ? [] : [`- default: "${d.secret ? '(secret)' : d.default}"`]),
    `- default access: ${d.access}`,
    ...(d.lines ? [`- lines: ${d.lines}`] : []),
    `- models (${d.family}): ${d.models.join(', ')}`,
  ];
  return { markdown: lines.join('\n'), range: entry.nameRange };
}

export interface OutlineSection {
  readonly name: string;
  readonly range: Range;
  readonly parameters: readonly {
    readonly name: string;
    readonly range: Range;
    readonly selection: Range;
    readonly detail?: string;
  }[];
}

/** Parameters under their schema section, in document order; unknown names go under 'Other'. */
export function outline(entries: readonly Entry[], index: SchemaIndex | undefined): OutlineSection[] {
  const sections = new Map<
    string,
    { name: string; range: Range; parameters: OutlineSection['parameters'][number][] }
  >();
  for (const e of entries) {
    const section = index?.find(xmlNameOf(e))[0]?.spec.section ?? 'Other';
    const s = sections.get(section) ?? { name: section, range: e.range, parameters: [] };
    s.range = { start: Math.min(s.range.start, e.range.start), end: Math.max(s.range.end, e.range.end) };
    s.parameters.push({
      name: e.name,
      range: e.range,
      selection: e.nameRange,
      ...(e.value === undefined ? {} : { detail: e.value }),
    });
    sections.set(section, s);
  }
  return [...sections.values()];
}
