import { type Diagnostic } from '../../diagnostics/diagnostic.js';
import { type Entry } from '../../model/profile.js';
import type { Found } from '../lookup.js';
import type { ParameterSpec } from '../schema-types.js';
/** An empty value means "unset" for most parameters; a Yes/No or a choice must be one unless its default is empty. */
export declare const emptyAllowed: (spec: ParameterSpec) => boolean;
/** Where a name has different types in different families, a value any of them accepts is valid. */
export declare function checkEntryValue(entry: Entry, found: readonly Found[]): Diagnostic | undefined;
