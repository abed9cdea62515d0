// Fleet stage (build): layers plus an inventory become one checked, optionally encrypted profile per
// device (and a bootstrap profile with --bootstrap), handed one device at a time to a sink, so the
// outputs are never all in memory. Input: paths, choices and a WorkspaceHost. Output: diagnostics and
// the manifest's devices; nothing here writes: the caller's sink does, and throws the output away when
// the build has errors.
import { posix } from 'node:path';
import { diagnostic, hasErrors, range, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { loadProfiles } from '../parser/load.js';
import { schemaIndex } from '../schema/lookup.js';
import { importHost, readInputs } from '../workspace/inputs.js';
import { hideSecrets } from '../workspace/secrets.js';
import { confined, importRoots } from '../workspace/import-roots.js';
import { outputSettings } from '../workspace/schema-choice.js';
import { readColumns } from './columns.js';
import { maskedInventory, maskUnparsed, secretColumn } from './mask.js';
import { Run } from './run.js';
import { DeviceReader, layersOf, macColumnProblem } from './devices.js';
import { parseInventory, rowsOf } from './inventory.js';
import { defaultName } from './output-name.js';
/** The run: the inventory, its config and schemas, the shared layers; then row after row, each device
 * built as it is read (a fleet's rows are never all in memory). */
export async function buildFleet(options, hooks = {}) {
    const start = await prepare(options);
    if (!start.ok || 'failed' in start)
        return start.ok ? start.failed : start;
    const { inventory, sources } = start;
    const index = schemaIndex(start.schemas, start.target);
    const columns = readColumns(inventory, index.nameTable, keyColumnOf(options));
    const noMac = macColumnProblem(inventory);
    const early = [...columns.diagnostics, ...(noMac ? [noMac] : [])];
    const finish = (diagnostics, layers, run) => ({
        ok: true,
        ...shown({ inventory, sources, index, keyColumn: columns.columns.keyColumn }, diagnostics, layers),
        devices: run?.manifest ?? [],
        places: run?.places ?? [],
    });
    if (hasErrors(early))
        return finish(early, [start.shared]);
    const reader = new DeviceReader(inventory, {
        schemas: start.schemas,
        target: start.target,
        // Without its column, every device would repeat the one problem SPAC8007 already names.
        keys: columns.diagnostics.some((d) => d.code === 'SPAC8007') ? undefined : options.keys,
        name: options.name ?? defaultName(options.packing.format),
        bootstrap: options.bootstrap?.name,
        resolveLayer: (p) => posix.join(posix.dirname(inventory.file), p),
    });
    const own = await deviceLayers(options.host, inventory);
    for (const loaded of own.loaded.values())
        for (const [f, t] of loaded.sources)
            sources.set(f, t);
    const run = new Run(start, columns.columns, own, options, hooks);
    run.noted(early);
    let place = 0;
    for (const item of inventory.rows()) {
        const problems = 'problem' in item ? [item.problem] : [];
        const device = 'problem' in item ? undefined : reader.read(item, problems);
        run.noted(problems);
        if (device === undefined)
            continue;
        if (hooks.mine?.(place) ?? true)
            await run.device(device, place);
        place++;
    }
    return finish(run.finish(), [start.shared, ...own.loaded.values()], run);
}
/** What a report may show: the layers' secrets blanked (hideSecrets), and the inventory only when a
 * problem points into it, with its key and password cells blanked. */
function shown(at, diagnostics, layers) {
    const files = layers.flatMap((l) => l.files);
    const hidden = hideSecrets({ files, sources: at.sources }, at.index, sortDiagnostics(diagnostics));
    const file = at.inventory.file;
    if (hidden.diagnostics.some((d) => d.file === file))
        hidden.sources.set(file, maskedInventory(at.inventory, secretColumn(at.index, at.keyColumn)));
    else
        hidden.sources.delete(file);
    return hidden;
}
const keyColumnOf = (options) => options.keys !== undefined && 'column' in options.keys ? options.keys.column : undefined;
async function prepare(options) {
    const { host } = options;
    const file = posix.normalize(options.inventory);
    const bytes = await host.readFile(file);
    if (!bytes.ok)
        return {
            ok: false,
            diagnostics: [diagnostic('SPAC9001', file, range(0), { file, reason: bytes.reason })],
            sources: new Map(),
        };
    const text = decode(bytes.bytes);
    const sources = new Map([[file, text ?? '']]);
    const failed = (diagnostics) => ({
        ok: true,
        failed: { ok: true, diagnostics, sources, devices: [], places: [] },
    });
    if (text === undefined)
        return failed([diagnostic('SPAC8001', file, range(0), {}, { message: 'encoding' })]);
    const picked = await outputSettings(host, file, {
        target: options.target,
        schema: options.schema,
        config: options.config,
    });
    if (!picked.ok)
        return picked;
    const parsed = parseInventory(text, file);
    if (!parsed.ok) {
        // Its code frames show lines the parser could not read: their keys and passwords are blanked too.
        const index = schemaIndex(picked.schemas, picked.options.target);
        sources.set(file, maskUnparsed(text, file, secretColumn(index, keyColumnOf(options))));
        return failed(sortDiagnostics(parsed.diagnostics));
    }
    const layerRead = await readInputs(options.layers, host);
    if (layerRead.failures.length > 0)
        return { ok: false, diagnostics: layerRead.failures, sources };
    const roots = await importRoots(host, [file, ...layerRead.inputs.map((i) => i.file)], [], options.config);
    const shared = await loadProfiles(layerRead.inputs, confined(importHost(host), roots, host));
    for (const [f, t] of shared.sources)
        sources.set(f, t);
    return {
        ok: true,
        inventory: parsed.inventory,
        sources,
        schemas: picked.schemas,
        target: picked.options.target,
        severities: picked.settings?.rules ?? {},
        shared,
    };
}
/** UTF-8, with or without BOM; anything else is refused rather than guessed. */
function decode(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** Each device layer file is read and parsed once, however many devices use it; a first pass over the
 * rows, only when the inventory has a `layers` column. */
async function deviceLayers(host, inventory) {
    const loaded = new Map();
    const failed = new Map();
    if (!inventory.columns.has('layers'))
        return { loaded, failed };
    const paths = new Set();
    const resolve = (p) => posix.join(posix.dirname(inventory.file), p);
    for (const row of rowsOf(inventory))
        for (const path of layersOf(row, resolve))
            paths.add(path);
    for (const path of paths) {
        const read = await readInputs([path], host);
        const input = read.inputs[0];
        if (input)
            loaded.set(path, await loadProfiles([input], confined(importHost(host), await importRoots(host, [inventory.file, path]), host)));
        else
            failed.set(path, String(read.failures[0]?.params['reason'] ?? read.failures[0]?.message ?? 'cannot be read'));
    }
    return { loaded, failed };
}
