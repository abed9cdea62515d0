/** One subject attribute by its short name (CN, O, OU, L, ST, C). */
export interface SubjectField {
    readonly name: 'CN' | 'O' | 'OU' | 'L' | 'ST' | 'C';
    readonly value: string;
}
export type Parsed<T> = {
    readonly ok: true;
    readonly value: T;
} | {
    readonly ok: false;
    readonly problem: string;
};
/** `O=Example Ltd,C=GB` or openssl's `/O=Example Ltd/C=GB`; a `\,` or `\/` keeps its character. */
export declare function parseSubject(text: string): Parsed<SubjectField[]>;
/** What a phone accepts as a provisioning server's CN: a fully qualified host name, optionally followed
 * by `/` and any text (`pv.telco.net/mailto:admin@telco.net`); never a wild card. Returns the problem. */
export declare function serverCnProblem(cn: string): {
    readonly id: 'wildcard' | 'not-fqdn';
    readonly host: string;
} | undefined;
/** The host name part of a CN (before any `/`). */
export declare const hostOf: (cn: string) => string;
/** The product name a device certificate's OU carries: the documentation shows `SPA-962` for the
 * SPA962 and `CP-8841-3PCC` for the 8841, so an SPA model gets its hyphen after `SPA`. */
export declare const productName: (model: string) => string;
/** The model back from a product name (`SPA-504G` -> `SPA504G`). */
export declare const modelOfProduct: (product: string) => string;
