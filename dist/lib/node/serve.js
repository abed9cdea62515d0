// Node host (serving): HTTP and HTTPS servers over a `spac build` output, asking the serve stage's
// policy what each request gets; the phone's MAC comes from its verified client certificate. A new
// build swapped in is seen at the next request (the manifest is checked each time). Reports are stored
// per device, size-limited. Input: options. Output: listening servers, JSON access-log lines.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { mkdir, readFile, realpath, rename, stat, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { TLSSocket } from 'node:tls';
import { parseMac } from '../rules/device.js';
import { decide, serveIndex } from '../serve/policy.js';
const MAX_TARGET = 2048;
/** The build's index, read again when its manifest changes (a rebuild renames a new directory in). */
function indexWatcher(dir) {
    let seen = '';
    let index = { files: new Map(), macs: new Set() };
    return async () => {
        const file = join(dir, 'manifest.json');
        const s = await stat(file).catch(() => undefined);
        const stamp = s ? `${String(s.ino)}:${String(s.mtimeMs)}:${String(s.size)}` : '';
        if (stamp !== seen) {
            index = serveIndex(s ? await readFile(file, 'utf8').catch(() => '') : '');
            seen = stamp;
        }
        return index;
    };
}
export async function startServing(options) {
    const current = indexWatcher(options.dir);
    await current();
    // Made now, not at the first upload: a folder that cannot be made stops the server at its start.
    if (options.reportsDir !== undefined)
        await mkdir(options.reportsDir, { recursive: true });
    const handler = (secure) => (req, res) => {
        // A request never takes the server down: whatever escapes is a 500 already answered or a lost log line.
        handle(req, res, secure, options, current).catch(() => undefined);
    };
    const servers = [];
    if (options.http !== undefined)
        servers.push({
            server: limited(createServer(limits, handler(false)), options),
            kind: 'http',
            port: options.http,
        });
    if (options.https) {
        const { cert, key, clientCa } = options.https;
        const tls = {
            ...limits,
            cert,
            key,
            ...(clientCa ? { ca: clientCa, requestCert: true, rejectUnauthorized: true } : {}),
            minVersion: 'TLSv1.2',
        };
        servers.push({
            server: limited(createTlsServer(tls, handler(true)), options),
            kind: 'https',
            port: options.https.port,
        });
    }
    const ports = {};
    for (const s of servers)
        ports[s.kind] = await listen(s.server, s.port, options.host);
    return {
        ...ports,
        close: () => Promise.all(servers.map((s) => closeServer(s.server))).then(() => undefined),
    };
}
const limits = {
    maxHeaderSize: 16 * 1024,
    requestTimeout: 30_000,
    headersTimeout: 10_000,
    keepAliveTimeout: 5_000,
};
function limited(server, options) {
    server.maxConnections = options.maxConnections;
    server.on('clientError', (_error, socket) => {
        if (socket.writable)
            socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    });
    return server;
}
const listen = (server, port, host) => new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
        resolve(server.address().port);
    });
});
const closeServer = (server) => new Promise((resolve) => {
    server.close(() => {
        resolve();
    });
    server.closeIdleConnections();
});
/** The MAC a verified client certificate names; the generic certificate names none. */
function certificateMac(req, field) {
    const socket = req.socket;
    if (!(socket instanceof TLSSocket) || !socket.authorized)
        return undefined;
    const subject = socket.getPeerCertificate().subject;
    const value = subject?.[field];
    return typeof value === 'string' ? parseMac(value) : undefined;
}
async function handle(req, res, secure, options, current) {
    const started = performance.now();
    const target = req.url ?? '';
    // Read now: once a refused upload closes the connection, the request no longer has its socket.
    const client = req.socket?.remoteAddress ?? '';
    const mac = secure ? certificateMac(req, options.macField) : undefined;
    let logged;
    try {
        logged = await respond(req, res, { secure, mac, target }, options, current);
    }
    catch {
        if (!res.headersSent)
            send(res, 500, 'internal error\n');
        logged = { status: 500, bytes: 0, mac };
    }
    options.log(JSON.stringify({
        time: new Date().toISOString(),
        client,
        mac: logged.mac ?? null,
        method: req.method ?? '',
        path: target.slice(0, 256),
        status: logged.status,
        bytes: logged.bytes,
        ms: Math.round((performance.now() - started) * 10) / 10,
    }));
}
async function respond(req, res, seen, options, current) {
    if (seen.target.length > MAX_TARGET)
        return { status: send(res, 414, 'request target too long\n'), bytes: 0, mac: seen.mac };
    const index = await current();
    const decision = decide({ method: req.method ?? '', target: seen.target, secure: seen.secure, mac: seen.mac }, index, options.rules);
    if (decision.do === 'status')
        return { status: send(res, decision.status, `${decision.why}\n`), bytes: 0, mac: seen.mac };
    if (decision.do === 'health') {
        const body = `${JSON.stringify({ status: 'ok', devices: index.macs.size, files: index.files.size })}\n`;
        return { status: send(res, 200, body, 'application/json'), bytes: body.length, mac: seen.mac };
    }
    if (decision.do === 'report')
        return storeReport(req, res, decision.mac, options);
    const bytes = await readInside(options.dir, decision.path);
    if (!bytes)
        return { status: send(res, 404, 'not in the build\n'), bytes: 0, mac: seen.mac };
    res.writeHead(200, {
        'content-type': decision.path.endsWith('.xml') ? 'application/xml' : 'application/octet-stream',
        'content-length': bytes.length,
        'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
    return { status: 200, bytes: req.method === 'HEAD' ? 0 : bytes.length, mac: decision.file.mac };
}
/** The file's bytes, only when its real path (symlinks followed) is inside the build directory. */
async function readInside(dir, path) {
    try {
        const root = await realpath(dir);
        const real = await realpath(join(root, path));
        if (!real.startsWith(root + sep))
            return undefined;
        return await readFile(real);
    }
    catch {
        return undefined;
    }
}
function send(res, status, body, type = 'text/plain; charset=utf-8') {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(body);
    return status;
}
/** The body, up to the limit, written to `<reports>/<mac>.xml` by rename (never half a report). */
async function storeReport(req, res, mac, options) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > options.reportLimit) {
            res.setHeader('connection', 'close');
            return { status: send(res, 413, 'report too large\n'), bytes: 0, mac };
        }
        chunks.push(chunk);
    }
    const dir = options.reportsDir ?? '';
    const file = join(dir, `${mac}.xml`);
    const temp = join(dir, `.${mac}.xml.${randomBytes(6).toString('hex')}`);
    await writeFile(temp, Buffer.concat(chunks), { mode: 0o640, flag: 'wx' });
    await rename(temp, file);
    return { status: send(res, 201, 'stored\n'), bytes: 0, mac };
}
