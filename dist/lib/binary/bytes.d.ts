export declare class ByteWriter {
    private readonly chunks;
    private readonly parts;
    byte(b: number): void;
    bytes(data: Uint8Array): void;
    /** LEB128: seven bits a byte, low first, high bit set on all but the last. */
    varint(n: number): void;
    string(text: string): void;
    finish(): Uint8Array;
    private flush;
}
/** Reads until the first problem; after it, `problem` says what and every read returns a neutral value. */
export declare class ByteReader {
    private readonly data;
    private at;
    private firstProblem;
    constructor(data: Uint8Array);
    /** A method, not a field: callers check it again after calls that may have failed. */
    problem(): string | undefined;
    get remaining(): number;
    byte(): number;
    bytes(length: number): Uint8Array;
    varint(): number;
    string(): string;
    fail(problem: string): 0;
}
/** True when `bytes` begins with `prefix`: file kinds are told apart by their first bytes. */
export declare function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean;
