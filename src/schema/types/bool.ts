// Schema stage (type rule `bool`): Yes/No, with the spellings SPC documents as equivalent.
// Input: a value. Output: a problem, or nothing; canonicalBool gives the Yes/No form for codegen.
import type { TypeRule } from '../schema-types.js';
import { problem } from './shared.js';

const TRUE = new Set(['Yes', 'yes', 'Enable', 'enable', '1']);
const FALSE = new Set(['No', 'no', 'Disable', 'disable', '0']);

export const canonicalBool = (value: string): 'Yes' | 'No' | undefined =>
  TRUE.has(value) ? 'Yes' : FALSE.has(value) ? 'No' : undefined;

export const checkBool: TypeRule<'bool'> = (value) =>
  canonicalBool(value) === undefined ? problem("expected 'Yes' or 'No'") : undefined;
