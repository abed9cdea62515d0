/** How a condition compares the macro when it is not quoted. */
/** `any`: a GPP register, which holds whatever the provisioning server put there. */
export type MacroType = 'string' | 'number' | 'version' | 'any';
export interface MacroInfo {
    readonly name: string;
    readonly type: MacroType;
    readonly description: string;
    /** `secret`: expanded only as an argument of --key/--uid/--pwd; `mpp`: MPP firmware only;
     * `elsewhere`: expanded by another subsystem, never by the provisioning engine. */
    readonly scope?: 'secret' | 'mpp' | 'elsewhere' | 'deprecated';
    /** The GPP parameter the macro reads. */
    readonly gpp?: string;
}
export declare function macroInfo(name: string): MacroInfo | undefined;
/** `$GPP_A`: one Cisco guide says rules may name GPPs like this; the macro tables only list `$A`. */
export declare const longGppLetter: (name: string) => string | undefined;
export declare const macroNames: readonly string[];
