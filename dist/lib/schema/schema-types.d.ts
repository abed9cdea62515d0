export declare const SCHEMA_VERSION = 1;
import type { Access } from '../model/profile.js';
export type { Access };
/** What a value must look like. Every kind has one rule in src/schema/types/. */
export type TypeSpec = {
    readonly kind: 'bool';
} | {
    readonly kind: 'enum';
    readonly options: readonly string[];
    /** Options some firmware only has, each with its range (`{ "AUTO": ">=1.3" }`). */
    readonly optionFirmware?: Readonly<Record<string, string>>;
} | {
    readonly kind: 'int';
    readonly min?: number;
    readonly max?: number;
    readonly unit?: string;
} | {
    readonly kind: 'decimal';
    readonly places?: number;
    readonly min?: number;
    readonly max?: number;
    readonly unit?: string;
} | {
    readonly kind: 'timezone';
} | {
    readonly kind: 'hhmm';
} | {
    readonly kind: 'ipv4';
} | {
    readonly kind: 'port';
} | {
    readonly kind: 'host';
} | {
    readonly kind: 'url';
    readonly schemes?: readonly string[];
} | {
    readonly kind: 'phone';
} | {
    readonly kind: 'dst-rule';
} | {
    readonly kind: 'schedule';
} | {
    readonly kind: 'tone';
} | {
    readonly kind: 'cadence';
} | {
    readonly kind: 'dial-plan';
} | {
    readonly kind: 'string';
    readonly maxLength?: number;
} | {
    readonly kind: 'password';
    readonly maxLength?: number;
} | {
    readonly kind: 'rule';
    readonly language: 'profile' | 'upgrade' | 'report' | 'trigger' | 'log';
};
export type TypeKind = TypeSpec['kind'];
export interface ModelSpec {
    readonly name: string;
    /** Number of lines (extensions): the index range of per-line parameters on this model. */
    readonly lines: number;
    /** The firmware the data was taken from, as its source names it (shown by `spac schema`). */
    readonly firmware?: string;
    /** Line counts that differ by firmware: the first whose range holds the target's firmware wins, and
     * `lines` applies when none does or no firmware is targeted. */
    readonly firmwareLines?: readonly {
        readonly firmware: string;
        readonly lines: number;
    }[];
}
export interface ParameterSpec {
    /** Canonical SPC text name; `[n]` marks a per-line family (`Line_Enable[n]`). */
    readonly name: string;
    /** XML tag; `{n}` marks the index of a per-line family (`Line_Enable_{n}_`). */
    readonly xml: string;
    readonly type: TypeSpec;
    readonly default?: string;
    /** Defaults of a per-line family that differ by line (`Extension_2_` is 2), keyed by line number. */
    readonly indexDefaults?: Readonly<Record<string, string>>;
    readonly access: Access;
    readonly section?: string;
    readonly description?: string;
    /** Models of the family that have it; absent means all of them. */
    readonly models?: readonly string[];
    /** The firmware range that has it (`>=7.5`, `<5.2.5`): src/schema/firmware.ts. Absent means every
     * firmware the data covers. A target without a version accepts the union of all ranges. */
    readonly firmware?: string;
    /** Where the data comes from, when not from the family's own source (`spac schema` shows it). */
    readonly source?: string;
    readonly secret?: boolean;
    /** Where the documents give no range or limit, this says so instead of inventing one. */
    readonly rangeNote?: string;
}
export interface SchemaFile {
    readonly schemaVersion: typeof SCHEMA_VERSION;
    readonly family: string;
    readonly title: string;
    readonly source?: string;
    readonly models: readonly ModelSpec[];
    readonly parameters: readonly ParameterSpec[];
}
/** A value problem found by a type rule; `at`/`length` locate it inside the value when known. */
export interface ValueProblem {
    readonly message: string;
    readonly at?: number;
    readonly length?: number;
    /** A value that fits, close to the one written: offered as a fix. */
    readonly suggestion?: string;
    /** A form real profiles use that no document describes: the phone may or may not take it, so it is
     * a warning (SPAC3014), not an error. */
    readonly undocumented?: boolean;
}
export type TypeRule<K extends TypeKind = TypeKind> = (value: string, spec: Extract<TypeSpec, {
    kind: K;
}>) => ValueProblem | undefined;
/** Checks that later stages supply: the schema stage knows that a value is a rule of some language,
 * the rules stage knows the language (rules/value-checks.ts). Without one, such values are accepted. */
export interface ValueCheckers {
    readonly rule?: TypeRule<'rule'>;
}
