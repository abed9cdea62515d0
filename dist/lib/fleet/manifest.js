export const MANIFEST_VERSION = 1;
/** Deterministic: the same build gives the same text (no time stamp), so an unchanged fleet is unchanged. */
export const manifestText = (devices, choices) => [...manifestChunks(devices, choices)].join('');
/** The manifest's text in pieces, one per device, as JSON.stringify(manifest, null, 2) would write it
 * whole: a fleet's manifest is never one string in memory. */
export function* manifestChunks(devices, choices) {
    let files = 0;
    let bytes = 0;
    for (const d of devices)
        for (const f of d.files) {
            files++;
            bytes += f.size;
        }
    const manifest = {
        manifestVersion: MANIFEST_VERSION,
        ...choices,
        counts: { devices: devices.length, files, bytes },
        devices: [],
    };
    const whole = JSON.stringify(manifest, null, 2);
    const cut = whole.lastIndexOf('"devices": []');
    yield `${whole.slice(0, cut)}"devices": [`;
    for (const [i, d] of devices.entries())
        yield `${i === 0 ? '' : ','}\n    ${JSON.stringify(d, null, 2).replace(/\n/g, '\n    ')}`;
    yield `${devices.length === 0 ? '' : '\n  '}]${whole.slice(cut + '"devices": []'.length)}\n`;
}
/** Devices added, changed (any file's path or content) and removed against the previous manifest. */
export function changesSince(previous, devices) {
    const before = new Map();
    const files = new Map();
    for (const f of manifestFiles(previous ?? '')) {
        const list = files.get(f.mac) ?? [];
        if (f.file)
            list.push(f.file.path, f.file.sha256);
        files.set(f.mac, list);
    }
    for (const [mac, list] of files)
        before.set(mac, fingerprint(list));
    const now = new Map(devices.map((d) => [d.mac, fingerprint(d.files.flatMap((f) => [f.path, f.sha256]))]));
    return {
        added: [...now.keys()].filter((mac) => !before.has(mac)),
        changed: [...now].filter(([mac, f]) => before.has(mac) && before.get(mac) !== f).map(([mac]) => mac),
        removed: [...before.keys()].filter((mac) => !now.has(mac)),
    };
}
const fingerprint = (pathsAndHashes) => JSON.stringify(pathsAndHashes);
/** Each device's files in a manifest as spac writes it, found line by line rather than by parsing the
 * whole text (a large fleet's manifest parsed is many times its size). Every string is a copy, so
 * none keeps the manifest's text alive. A manifest edited out of this shape gives fewer files: those
 * devices count as changed, their files written anew. */
export function* manifestFiles(text) {
    const line = /"mac": ("(?:[^"\\\n]|\\.)*")|"path": ("(?:[^"\\\n]|\\.)*"),\n\s*"kind": "(profile|bootstrap)",\n\s*"size": \d+,\n\s*"sha256": ("[0-9a-f]{64}"),\n\s*"encrypted": (true|false)/g;
    let mac;
    for (const m of text.matchAll(line)) {
        const [, macText, path, kind, sha256, encrypted] = m;
        if (macText !== undefined) {
            mac = parsedString(macText);
            if (mac !== undefined)
                yield { mac };
        }
        else if (mac !== undefined && path !== undefined && sha256 !== undefined) {
            const file = parsedString(path);
            if (file !== undefined)
                yield {
                    mac,
                    file: {
                        path: file,
                        kind: kind === 'bootstrap' ? 'bootstrap' : 'profile',
                        sha256: parsedString(sha256) ?? '',
                        encrypted: encrypted === 'true',
                    },
                };
        }
    }
}
const parsedString = (quoted) => {
    try {
        return JSON.parse(quoted);
    }
    catch {
        return undefined;
    }
};
