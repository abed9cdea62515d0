import { type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Entry } from '../../model/profile.js';
import type { Found, SchemaIndex } from '../lookup.js';
/** Per-line families are offered at the line the entry names (line 1 when it names none), so a
 * suggestion is always a name that can be written as it stands. Names are compared with the line as a
 * placeholder on both sides: `Prxy[3]` is as near `Proxy[n]` as `Prxy[1]`. */
export declare function suggest(entry: Entry, index: SchemaIndex): string | undefined;
export declare function checkKnown(entry: Entry, found: readonly Found[], index: SchemaIndex): Diagnostic | undefined;
