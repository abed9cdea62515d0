import type { IToken } from 'chevrotain';
import { type Diagnostic } from '../diagnostics/diagnostic.js';
export declare function notWellFormed(token: IToken, file: string, source: string): Diagnostic | undefined;
