// Schema stage (type rule `bool`): Yes/No, with the spellings SPC documents as equivalent.
// Input: a value. Output: a problem, or nothing; canonicalBool gives the Yes/No form for codegen.
import type { TypeRule } from '../schema-types.js';
import { problem } from './shared.js';

const TRUE = new Set(['Yes', 'yes', 'Enable', 'enable', '1']);
const FALSE = new Set(['No', 'no', 'Disable', 'disable', '0']);

export const canonicalBool = (value: string): 'Yes' | 'No' | undefined =>
  TRUE.has(value) ? 'Yes' : FALSE.has(value) ? 'No' : undefined;

/** `YES`, `True`, `off`: the Yes/No they were meant as, offered as a fix. */
const meant = (value: string): 'Yes' | 'No' | undefined => {
  const v = value.trim().toLowerCase();
  if (['yes', 'y', 'true', 'on', 'enable', 'enabled', '1'].includes(v)) return 'Yes';
  return ['no', 'n', 'false', 'off', 'disable', 'disabled', '0'].includes(v) ? 'No' : undefined;
};

export const checkBool: TypeRule<'bool'> = (value) => {
  if (canonicalBool(value) !== undefined) return undefined;
  const near = meant(value);
  const found = problem(`expected 'Yes' or 'No'${near ? `; did you mean '${near}'?` : ''}`);
  return near === undefined ? found : { ...found, suggestion: near };
};
