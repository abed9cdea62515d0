import { type SubjectField } from './names.js';
export interface Pem {
    /** The private key, PKCS#8 PEM: written with mode 0600, never printed. */
    readonly key: string;
    readonly pem: string;
}
export interface Authority {
    readonly cert: string;
    readonly key: string;
}
/** A refusal names what it is about: the CA's certificate, its key, or the request. */
export type Culprit = 'ca-cert' | 'ca-key' | 'request';
type Result<T> = {
    readonly ok: true;
    readonly value: T;
} | {
    readonly ok: false;
    readonly problem: string;
    readonly culprit: Culprit;
};
/** A server's key and CSR, as the chapter's `openssl genrsa` and `openssl req` steps make them; the
 * request asks for the CN's host name as a subject alternative name too (clients other than the
 * phones look there). */
export declare function makeRequest(cn: string, bits: number, extra: readonly SubjectField[]): Pem;
/** A lab CA: self-signed, allowed to sign certificates and nothing below them. */
export declare function makeAuthority(cn: string, bits: number, days: number, extra: readonly SubjectField[]): Pem;
/** A server certificate from a CSR: its subject and public key, the CSR's signature checked first. */
export declare function signRequest(authority: Authority, csrPem: string, days: number): Result<string>;
export interface DeviceIdentity {
    /** Lower-case hex, 12 digits. */
    readonly mac: string;
    readonly model: string;
    readonly serial?: string;
    /** The generic certificate of units made before firmware 2.0: no identity. */
    readonly generic?: boolean;
}
/** A phone's client certificate with the documented subject: OU product name, L serial, ST (the
 * documentation's S) MAC; or the generic one (`cisco.com`, `ciscogeneric`, `ciscogeneric`). */
export declare function makeDevice(authority: Authority, device: DeviceIdentity, bits: number, days: number): Result<Pem>;
export {};
