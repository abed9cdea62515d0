export interface ServedFile {
    readonly mac: string;
    readonly kind: 'profile' | 'bootstrap';
    readonly encrypted: boolean;
}
/** The manifest's files by path; built again whenever a new build is swapped in. */
export interface ServeIndex {
    readonly files: ReadonlyMap<string, ServedFile>;
    readonly macs: ReadonlySet<string>;
}
export declare function serveIndex(manifest: string): ServeIndex;
/** An HTTPS port and its certificate, key and (to require client certificates) client CA: PEM text
 * for spac serve, file paths for the nginx configuration. */
export interface HttpsListener {
    readonly port: number;
    readonly cert: string;
    readonly key: string;
    readonly clientCa?: string;
}
export interface ServeRules {
    readonly allowPlain: boolean;
    /** Where phones upload reports (`/reports/`), or undefined: uploads are refused. */
    readonly reportsPath: string | undefined;
    readonly healthPath: string;
}
export interface SeenRequest {
    readonly method: string;
    /** The request target as sent (path and query). */
    readonly target: string;
    readonly secure: boolean;
    /** The MAC of the client certificate (lower-case hex), when TLS verified one that names a device. */
    readonly mac: string | undefined;
}
export type Decision = {
    readonly do: 'file';
    readonly path: string;
    readonly file: ServedFile;
} | {
    readonly do: 'report';
    readonly mac: string;
} | {
    readonly do: 'health';
} | {
    readonly do: 'status';
    readonly status: 400 | 403 | 404 | 405;
    readonly why: string;
};
export declare function decide(request: SeenRequest, index: ServeIndex, rules: ServeRules): Decision;
/** The path without its leading slash and query, percent-decoded once; undefined for anything that could
 * step outside the build (`..`, `.`, empty segments, backslashes, NUL, encoded slashes). */
export declare function cleanPath(target: string): string | undefined;
