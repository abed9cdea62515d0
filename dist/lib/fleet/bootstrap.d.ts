import { type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import type { Entry } from '../model/profile.js';
import type { SchemaIndex } from '../schema/lookup.js';
/** GPP_SA..GPP_SD are not available on the SPA500 series (8831 reference, domain notes section 4.1):
 * there the key goes in GPP_A, which `[--key $A]` reads as well (SIP05 p.35). */
export declare const keyRegisterFor: (family: string | undefined) => "SA" | "A";
/** `[--key $SA] <rule>`, the key option merged into options the rule already has. */
export declare function bootstrapRule(rule: string, register: string): string;
/** A setting the build makes itself (no user access: it is a key or the rule that reads it). */
export declare const madeEntry: (name: string, value: string, file: string, at: Range) => Entry;
export interface BootstrapInput {
    readonly mac: string;
    readonly model: string | undefined;
    readonly key: string;
    /** The device's encrypted profile, relative to the output directory. */
    readonly profileName: string;
    readonly rule: string;
    readonly register: 'SA' | 'A';
    /** Where diagnostics point: the device's row. */
    readonly file: string;
    readonly at: Range;
}
/** The bootstrap entries, once the rule is shown to fetch `profileName` and decrypt with the key. Its
 * entries carry no user access: the key must not be readable on the phone's web page. */
export declare function bootstrapEntries(input: BootstrapInput, index: SchemaIndex | undefined): {
    ok: true;
    entries: Entry[];
} | {
    ok: false;
    diagnostic: Diagnostic;
};
