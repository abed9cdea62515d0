// Serve stage (nginx): the same policy as `spac serve`, written as an nginx configuration, so a build
// directory scales out on a standard web server: every file of the manifest mapped to who may fetch it,
// the client certificate's MAC taken from its subject, everything else 404.
// Input: the build directory, ports and certificate paths, the manifest. Output: nginx.conf text.
import { serveIndex } from './policy.js';
/** nginx strings in double quotes: a backslash or quote escaped, nothing else needs it. */
const quoted = (text) => `"${text.replace(/[\\"]/g, '\\$&')}"`;
/** Who may fetch each file: `open` (encrypted), `b:MAC` (a bootstrap), `p:MAC` (a plain profile). */
function fileMap(manifest) {
    const lines = [];
    for (const [path, file] of serveIndex(manifest).files) {
        const who = file.kind === 'bootstrap' ? `b:${file.mac}` : file.encrypted ? 'open' : `p:${file.mac}`;
        lines.push(`    ${quoted(`/${path}`)} ${who};`);
    }
    return lines;
}
export function nginxConfig(choices, manifest) {
    const root = quoted(choices.dir);
    const field = choices.macField.replace(/[^A-Za-z]/g, '');
    const out = [
        `# Written by spac serve --print-nginx for ${choices.dir}: the same checks as spac serve. Include it`,
        '# in the http block of nginx.conf (it holds only map and server blocks); paths are as given.',
        '# Report uploads need spac serve --reports (proxy them there); nginx cannot store them per device.',
        'map_hash_max_size 262144;',
        'map_hash_bucket_size 128;',
        'map $uri $spac_file {',
        '    default none;',
        ...fileMap(manifest),
        '}',
        '# The MAC of a verified client certificate, from its subject (RFC 2253 form).',
        'map $ssl_client_s_dn $spac_client_mac {',
        '    default "";',
        `    "~(^|,)${field}=(?<mac>[0-9a-f]{12})(,|$)" $mac;`,
        '}',
        'map "$spac_file|$spac_client_mac" $spac_https_ok {',
        '    default 0;',
        '    "~^open\\|" 1;',
        '    "~^[bp]:([0-9a-f]{12})\\|\\1$" 1;',
        '}',
        'map $spac_file $spac_http_ok {',
        '    default 0;',
        '    open 1;',
        ...(choices.allowPlain ? ['    "~^p:" 1;'] : []),
        '}',
    ];
    if (choices.http !== undefined)
        out.push(...server(`listen ${String(choices.http)};`, [], root, '$spac_http_ok'));
    if (choices.https) {
        const t = choices.https;
        const tls = [
            `    ssl_certificate ${quoted(t.cert)};`,
            `    ssl_certificate_key ${quoted(t.key)};`,
            '    ssl_protocols TLSv1.2 TLSv1.3;',
            ...(t.clientCa
                ? [
                    `    ssl_client_certificate ${quoted(t.clientCa)};`,
                    '    ssl_verify_client on;',
                    '    ssl_verify_depth 2;',
                ]
                : []),
        ];
        out.push(...server(`listen ${String(t.port)} ssl;`, tls, root, '$spac_https_ok'));
    }
    return `${out.join('\n')}\n`;
}
function server(listen, tls, root, ok) {
    return [
        'server {',
        `    ${listen}`,
        ...tls,
        `    root ${root};`,
        '    disable_symlinks on;',
        '    client_max_body_size 1m;',
        '    add_header cache-control no-store always;',
        '    location = /healthz { default_type application/json; return 200 \'{"status":"ok"}\\n\'; }',
        '    location / {',
        '        limit_except GET { deny all; }',
        '        if ($spac_file = none) { return 404; }',
        `        if (${ok} = 0) { return 403; }`,
        '        try_files $uri =404;',
        '    }',
        '}',
    ];
}
