import { type Diagnostic } from '../diagnostics/diagnostic.js';
/** One subject or issuer attribute, in order (a name may appear twice). */
export interface Field {
    readonly name: string;
    readonly value: string;
}
export interface CertificateFacts {
    readonly kind: 'certificate' | 'request';
    readonly subject: readonly Field[];
    readonly issuer?: readonly Field[];
    readonly serial?: string;
    readonly notBefore?: string;
    readonly notAfter?: string;
    readonly keyBits: number | undefined;
    readonly ca: boolean;
    readonly altNames: readonly string[];
    readonly sha256?: string;
    /** For a phone's client certificate: its identity, or `generic` for the no-identity certificate. */
    readonly device?: {
        readonly mac: string;
        readonly model: string;
        readonly serial: string;
    } | 'generic';
}
export type Inspection = {
    readonly ok: true;
    readonly facts: CertificateFacts;
    readonly diagnostics: Diagnostic[];
} | {
    readonly ok: false;
    readonly diagnostics: Diagnostic[];
};
export declare function inspectPem(text: string, file: string, now: Date): Inspection;
