export type DeclaredText = {
    readonly kind: 'utf-8';
} | {
    readonly kind: 'decoded';
    readonly text: string;
    readonly encoding: 'iso-8859-1' | 'windows-1252';
} | {
    readonly kind: 'unsupported';
    readonly encoding: string;
};
export declare function declaredText(bytes: Uint8Array): DeclaredText;
