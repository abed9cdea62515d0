import { type Found } from './lookup.js';
import type { SchemaFile, TypeSpec } from './schema-types.js';
import { TIME_ZONES } from './types/time.js';
/** The time zones the phones list, for editors' completion. */
export { TIME_ZONES };
export interface ParameterDescription {
    readonly family: string;
    readonly name: string;
    readonly xml: string;
    readonly type: string;
    readonly options?: readonly string[];
    readonly default?: string;
    readonly access: string;
    readonly section?: string;
    readonly description?: string;
    readonly models: readonly string[];
    readonly lines?: string;
    readonly secret: boolean;
    readonly rangeNote?: string;
    /** The firmware range that has it, or 'every known firmware'. */
    readonly firmware: string;
    /** Where the data comes from: the parameter's own source, else its family's. */
    readonly source?: string;
}
/** Finds a parameter by text name or XML tag, exact first, then ignoring case. */
export declare function findParameter(schemas: readonly SchemaFile[], name: string, target?: string): readonly Found[];
export declare function describeParameter(found: Found, target?: string): ParameterDescription;
/** One-line type summary: `whole number from 1 to 8`, `choice`, `rule (profile rule)`. */
export declare function typeText(type: TypeSpec): string;
