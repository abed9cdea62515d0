// Rules stage (printer): a parsed rule back to text in one canonical spacing. Re-parsing the printed text
// gives the same rule; tests hold it to that. Input: a ParsedRule or a Condition. Output: the rule text.
import type { Alternative, Comparison, Condition, Group, Operand, ParsedRule } from './ast.js';
import { parseRule } from './parse.js';

const operand = (o: Operand): string => (o.kind === 'string' ? `"${o.text}"` : o.text);

const comparison = (c: Comparison): string =>
  `${c.left ? `${operand(c.left)} ` : ''}${c.opText} ${operand(c.right)}`;

export const printCondition = (c: Condition): string => c.comparisons.map(comparison).join(' and ');

function group(g: Group): string {
  if (g.condition) return `( ${printCondition(g.condition)} )?`;
  if (g.assignments) return `(${g.assignments.map((a) => ` ${a.name} = ${operand(a.value)} ;`).join('')} )!`;
  return '( )';
}

function alternative(alt: Alternative): string {
  const options = alt.options
    ? `[${alt.options.list.map((o) => (o.arg ? `${o.written} ${o.arg.text}` : o.written)).join(' ')}]`
    : undefined;
  return [...alt.groups.map(group), options, alt.url?.text].filter((p) => p !== undefined).join(' ');
}

export function printRule(rule: ParsedRule): string {
  return rule.alternatives.map(alternative).join(rule.language === 'report' ? '; ' : ' | ');
}

/** The rule as written, with literal --key, --uid and --pwd arguments replaced: they are secrets. */
export function hideSecretArguments(value: string, mask: string): string {
  const spans = secretArgumentSpans(value).sort((a, b) => b.start - a.start);
  let out = value;
  for (const span of spans) out = out.slice(0, span.start) + mask + out.slice(span.end);
  return out;
}

/** Where a rule value writes a key, user or password itself (not as a register macro like `$SA`). */
export function secretArgumentSpans(value: string): { start: number; end: number }[] {
  if (!/--(?:key|uid|pwd)\b/.test(value)) return [];
  return parseRule(value, 'profile')
    .rule.alternatives.flatMap((alt) => alt.options?.list ?? [])
    .filter((o) => ['key', 'uid', 'pwd'].includes(o.name) && o.arg && !/^\$\(?S?[A-P]\)?$/.test(o.arg.text))
    .map((o) => o.arg?.span ?? { start: 0, end: 0 });
}
