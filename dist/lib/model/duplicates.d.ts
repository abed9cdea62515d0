import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ProfileFile } from './profile.js';
export declare function findDuplicates(profile: ProfileFile, source: string): Diagnostic[];
