import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Entry, Item, ProfileFile } from './profile.js';
export declare const isStatusField: (item: Item) => item is Entry;
/** Checks, layering and compiled profiles leave status fields out; `spac fmt` keeps the file whole. */
export declare function withoutStatusFields(profile: ProfileFile): {
    profile: ProfileFile;
    diagnostics: Diagnostic[];
};
