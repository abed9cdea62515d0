import { type DiagnosticCode } from '../catalog.js';
import type { Explanation } from './types.js';
export type { Explanation };
export declare const explanations: Readonly<Record<string, Explanation>>;
/** Plain text for a terminal or SARIF help. */
export declare function explainText(code: DiagnosticCode): string;
