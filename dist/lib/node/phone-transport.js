// Node host (the simulated phone's network): HTTP and HTTPS as a phone uses them: its client
// certificate shown, the server's checked against its CA and the phones' CN rule (the CN, up to any
// '/', is the host fetched; no wild cards), names resolved as curl's --resolve says.
// Input: URLs, a body, the phone's certificate files. Output: a status and bytes, or why not.
import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { hostOf } from '../cert/names.js';
const MAX_BODY = 4 * 1024 * 1024;
const TIMEOUT = 10_000;
/** The phones compare the certificate's CN (up to any '/') with the host they fetch from. */
export function phoneServerCheck(host, cert) {
    const subject = cert.subject;
    const cn = subject?.['CN'];
    if (typeof cn !== 'string')
        return new Error('the server certificate has no CN');
    const named = hostOf(cn).replace(/\.$/, '').toLowerCase();
    if (named.includes('*'))
        return new Error(`the server certificate's CN '${cn}' is a wild card`);
    return named === host.replace(/\.$/, '').toLowerCase()
        ? undefined
        : new Error(`the server certificate's CN '${cn}' does not name '${host}'`);
}
/** `HOST:ADDRESS` pairs answer for HOST without asking DNS. */
function resolver(resolve) {
    return (hostname, options, callback) => {
        const address = resolve.get(hostname.toLowerCase());
        if (address === undefined) {
            dnsLookup(hostname, options, callback);
            return;
        }
        const family = isIP(address);
        if (options.all)
            callback(null, [{ address, family }]);
        else
            callback(null, address, family);
    };
}
export function nodeTransport(tls, resolve) {
    const send = (method, url, body) => new Promise((done) => {
        let target;
        try {
            target = new URL(url);
        }
        catch {
            done({ ok: false, reason: `not a URL: ${url}` });
            return;
        }
        if (target.protocol !== 'http:' && target.protocol !== 'https:') {
            done({
                ok: false,
                reason: `${target.protocol.replace(':', '')} is not simulated (http and https are)`,
            });
            return;
        }
        const secure = target.protocol === 'https:';
        const options = {
            method,
            timeout: TIMEOUT,
            lookup: resolver(resolve),
            headers: { 'user-agent': 'spac-phone', ...(body ? { 'content-length': body.length } : {}) },
            ...(secure
                ? {
                    ...(tls.ca === undefined ? {} : { ca: tls.ca }),
                    ...(tls.cert === undefined ? {} : { cert: tls.cert }),
                    ...(tls.key === undefined ? {} : { key: tls.key }),
                    rejectUnauthorized: true,
                    servername: isIP(target.hostname) ? undefined : target.hostname,
                    checkServerIdentity: phoneServerCheck,
                }
                : {}),
        };
        const req = (secure ? httpsRequest : httpRequest)(target, options, (res) => {
            collect(res, done);
        });
        req.on('timeout', () => req.destroy(new Error('timed out')));
        req.on('error', (error) => {
            done({ ok: false, reason: networkReason(error.message) });
        });
        req.end(body);
    });
    return { get: (url) => send('GET', url), post: (url, body) => send('POST', url, body) };
}
/** OpenSSL's errors as a sentence: `...:tlsv13 alert certificate required:...` says only the alert. */
function networkReason(message) {
    const alert = /alert ([a-z ]+?)(?::|$)/i.exec(message)?.[1];
    return alert ? `the TLS handshake failed: the server says '${alert}'` : (message.split('\n')[0] ?? message);
}
function collect(res, done) {
    const chunks = [];
    let size = 0;
    res.on('data', (chunk) => {
        size += chunk.length;
        if (size > MAX_BODY)
            res.destroy(new Error('the response is larger than 4 MiB'));
        else
            chunks.push(chunk);
    });
    res.on('error', (error) => {
        done({ ok: false, reason: error.message });
    });
    res.on('end', () => {
        done({ ok: true, status: res.statusCode ?? 0, bytes: Buffer.concat(chunks) });
    });
}
