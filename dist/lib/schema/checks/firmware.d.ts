import { type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Entry } from '../../model/profile.js';
import { type Found, type SchemaIndex } from '../lookup.js';
/** The parameter itself is missing from the targeted firmware. */
export declare function checkFirmware(entry: Entry, found: readonly Found[], index: SchemaIndex): Diagnostic | undefined;
/** The parameter is there, but the option written came with a later (or left with an earlier) one. */
export declare function checkOptionFirmware(entry: Entry, found: readonly Found[], index: SchemaIndex): Diagnostic | undefined;
