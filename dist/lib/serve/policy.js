// Serve stage (policy): which request for a `spac build` output gets which file. Only files the manifest
// lists are ever served, each under the rule of its kind: a bootstrap only over HTTPS to its own
// authenticated device; an encrypted profile to anyone; a plain profile only to its own device (or over
// HTTP with --allow-plain). Input: a request as seen by the server and the manifest's index.
// Output: a decision (a file to send, a report to store, or a status), never a thrown error.
import { manifestFiles } from '../fleet/manifest.js';
import { parseMac } from '../rules/device.js';
export function serveIndex(manifest) {
    const files = new Map();
    const macs = new Set();
    for (const line of manifestFiles(manifest)) {
        macs.add(line.mac);
        if (line.file)
            files.set(line.file.path, { mac: line.mac, kind: line.file.kind, encrypted: line.file.encrypted });
    }
    return { files, macs };
}
const deny = (status, why) => ({ do: 'status', status, why });
export function decide(request, index, rules) {
    const path = cleanPath(request.target);
    if (path === undefined)
        return deny(400, 'malformed path');
    if (rules.reportsPath !== undefined && `/${path}`.startsWith(rules.reportsPath))
        return reportDecision(request, path, index, rules.reportsPath);
    if (request.method !== 'GET' && request.method !== 'HEAD')
        return deny(405, 'method not allowed');
    if (`/${path}` === rules.healthPath)
        return { do: 'health' };
    const file = index.files.get(path);
    if (!file)
        return deny(404, 'not in the build');
    if (file.kind === 'bootstrap') {
        if (!request.secure)
            return deny(403, 'bootstrap profiles only over HTTPS');
        return request.mac === file.mac ? { do: 'file', path, file } : deny(403, "not this device's bootstrap");
    }
    if (file.encrypted)
        return { do: 'file', path, file };
    if (request.secure && request.mac === file.mac)
        return { do: 'file', path, file };
    if (rules.allowPlain)
        return { do: 'file', path, file };
    return deny(403, request.secure ? "not this device's profile" : 'plain profiles only over HTTPS to their device');
}
/** A report is stored under the device's MAC: from its certificate, else the last path segment (which
 * must name a device of the build); never a path the client chose. */
function reportDecision(request, path, index, prefix) {
    if (request.method !== 'POST' && request.method !== 'PUT')
        return deny(405, 'reports are POST or PUT');
    const named = parseMac((path
        .slice(prefix.length - 1)
        .split('/')
        .pop() ?? '').replace(/\.[A-Za-z0-9.]*$/, ''));
    const mac = request.mac ?? named;
    if (mac === undefined)
        return deny(403, 'no device named');
    if (request.mac !== undefined && named !== undefined && named !== request.mac)
        return deny(403, "not this device's report");
    if (!index.macs.has(mac))
        return deny(403, 'not a device of the build');
    return { do: 'report', mac };
}
/** The path without its leading slash and query, percent-decoded once; undefined for anything that could
 * step outside the build (`..`, `.`, empty segments, backslashes, NUL, encoded slashes). */
export function cleanPath(target) {
    if (!target.startsWith('/'))
        return undefined;
    const raw = target.split(/[?#]/)[0] ?? '';
    if (/%2f|%5c|%00/i.test(raw))
        return undefined;
    let path;
    try {
        path = decodeURIComponent(raw).slice(1);
    }
    catch {
        return undefined;
    }
    if (path === '')
        return '';
    if (/[\\\0]/.test(path))
        return undefined;
    return path.split('/').every((s) => s !== '' && s !== '.' && s !== '..') ? path : undefined;
}
