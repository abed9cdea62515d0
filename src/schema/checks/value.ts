// Schema check (rule): the value fits the parameter's type, checked by the type's own rule.
// Input: an entry with a value and every parameter it may be. Output: an error at the exact characters.
import { diagnostic, quote, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { valueSpanToSource, type Entry } from '../../model/profile.js';
import { escapeXmlText } from '../../text/xml-escape.js';
import type { Found } from '../lookup.js';
import type { ParameterSpec, ValueProblem } from '../schema-types.js';
import { checkValue } from '../types/index.js';

/** An empty value means "unset" for most parameters; a Yes/No or a choice must be one unless its default is empty. */
export const emptyAllowed = (spec: ParameterSpec): boolean =>
  (spec.type.kind !== 'bool' && spec.type.kind !== 'enum') || spec.default === '';

function problemFor(value: string, found: Found): ValueProblem | undefined {
  if (value === '' && emptyAllowed(found.spec)) return undefined;
  return checkValue(value, found.spec.type);
}

/** Where a name has different types in different families, a value any of them accepts is valid. */
export function checkEntryValue(entry: Entry, found: readonly Found[]): Diagnostic | undefined {
  const value = entry.value;
  // Rule values are the rules stage's: it reports each finding with its own code.
  if (value === undefined || found.length === 0 || found.some((f) => f.spec.type.kind === 'rule'))
    return undefined;
  // Three Cisco guides say an empty value resets a parameter to its default (domain.md 1.3, unconfirmed
  // on the device): for a Yes/No or a choice that is advice, not an error the phone would stumble on.
  if (value === '' && found.every((f) => !emptyAllowed(f.spec))) {
    const fallback = found.find((f) => f.spec.default !== undefined)?.spec.default;
    const at = entry.valueRange ?? entry.nameRange;
    return fallback === undefined
      ? diagnostic('SPAC3011', entry.file, at, { name: entry.name }, { message: 'factory' })
      : diagnostic('SPAC3011', entry.file, at, { name: entry.name, default: fallback });
  }
  const problems: ValueProblem[] = [];
  for (const f of found) {
    const p = problemFor(value, f);
    if (p === undefined) return undefined;
    problems.push(p);
  }
  const problem = problems.find((p) => p.undocumented === true) ?? problems[0];
  if (problem === undefined) return undefined;
  const secret = found.some((f) => f.spec.secret === true);
  if (problem.undocumented === true && !secret) return undocumented(entry, problem);
  const hidden = secret;
  const fix =
    problem.suggestion === undefined || secret ? undefined : replaceValue(entry, problem.suggestion);
  return diagnostic(
    'SPAC3002',
    entry.file,
    problemRange(entry, problem),
    { ...(hidden ? {} : { value: quote(value) }), name: entry.name, expected: problem.message },
    { ...(fix ? { fix } : {}), message: hidden ? 'hidden' : 'default' },
  );
}

/** A form real profiles use and no document describes: a warning, with the documented form as a fix
 * where there is one (it means the same wherever the phone takes either). */
function undocumented(entry: Entry, problem: ValueProblem): Diagnostic {
  const fix = problem.suggestion === undefined ? undefined : replaceValue(entry, problem.suggestion);
  return diagnostic(
    'SPAC3014',
    entry.file,
    problemRange(entry, problem),
    { name: entry.name, problem: problem.message },
    fix ? { fix: { ...fix, safe: true } } : {},
  );
}

/** The whole value replaced; XML needs its two special characters escaped. */
function replaceValue(entry: Entry, value: string) {
  if (!entry.valueRange) return undefined;
  const text = entry.nameFormat === 'xml' ? escapeXmlText(value) : value;
  return {
    description: `write '${value}'`,
    edits: [{ file: entry.file, range: entry.valueRange, newText: text }],
  };
}

function problemRange(entry: Entry, problem: ValueProblem) {
  if (problem.at === undefined) return entry.valueRange ?? entry.nameRange;
  const end = problem.length === undefined ? undefined : problem.at + problem.length;
  return valueSpanToSource(entry, problem.at, end);
}
