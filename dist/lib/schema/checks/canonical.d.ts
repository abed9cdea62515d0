import { type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Entry } from '../../model/profile.js';
import type { Found } from '../lookup.js';
export declare function checkCanonical(entry: Entry, found: readonly Found[]): Diagnostic | undefined;
