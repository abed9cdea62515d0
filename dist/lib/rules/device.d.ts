export interface DeviceFacts {
    /** Twelve lower-case hex digits. */
    readonly mac: string;
    /** Model name as the schema spells it (`SPA504G`), for `$PN` and `$PSN`. */
    readonly model?: string;
    /** Macro name (`SWVER`, `A`, `SA`) -> value, from `--set`. */
    readonly set: Readonly<Record<string, string>>;
}
/** `00:0e:08:aa:bb:cc`, `00-0E-08-AA-BB-CC`, `000e.08aa.bbcc` or `000e08aabbcc`. */
export declare function parseMac(text: string): string | undefined;
/** `SWVER=7.5.5` -> SWVER, 7.5.5; `GPP_A=x` -> A, x; a name that is no macro is an error. */
export declare function parseSetting(text: string): {
    name: string;
    value: string;
} | {
    error: string;
};
/** `$PSN` is the model without its `SPA` prefix, letters kept: SPA504G -> 504G, SPA2102 -> 2102. */
export declare const seriesNumber: (model: string) => string;
export declare function deviceValues(facts: DeviceFacts, registers: ReadonlyMap<string, string>): Map<string, string>;
