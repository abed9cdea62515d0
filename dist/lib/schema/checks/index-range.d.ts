import { type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Entry } from '../../model/profile.js';
import { type Found, type SchemaIndex } from '../lookup.js';
export declare function checkIndexRange(entry: Entry, found: Found, index: SchemaIndex): Diagnostic | undefined;
