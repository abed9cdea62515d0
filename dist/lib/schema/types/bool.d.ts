import type { TypeRule } from '../schema-types.js';
export declare const canonicalBool: (value: string) => "Yes" | "No" | undefined;
export declare const checkBool: TypeRule<'bool'>;
