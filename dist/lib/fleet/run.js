// Fleet stage (the run): device after device, each on the base of its model and own layers (made once),
// each problem reported once however many devices share it, suppressions and config severities applied
// as problems come. Input: the prepared build and its devices. Output: diagnostics and the manifest.
import { createHash } from 'node:crypto';
import { emitXml } from '../codegen/emit-xml.js';
import { diagnostic, diagnosticKey, hasErrors } from '../diagnostics/diagnostic.js';
import { modelName } from '../schema/firmware.js';
import { schemaIndex } from '../schema/lookup.js';
import { damagedBy, profileComments } from '../workspace/pipeline.js';
import { applySeverities, suppressionFilter } from '../workspace/suppressions.js';
import { bootstrapEntries, keyRegisterFor, madeEntry } from './bootstrap.js';
import { buildDevice, makeBase } from './device-profile.js';
import { anchorOf } from './inventory.js';
import { append } from '../text/append.js';
/** One build's state: indexes per model, what was reported already, the manifest so far. */
export class Run {
    start;
    columns;
    own;
    options;
    hooks;
    manifest = [];
    places = [];
    seen = new Set();
    found = [];
    indexes = new Map();
    bases = new Map();
    damaged;
    filter;
    errors = false;
    done = 0;
    constructor(start, columns, own, options, hooks) {
        this.start = start;
        this.columns = columns;
        this.own = own;
        this.options = options;
        this.hooks = hooks;
        const files = [...start.shared.files, ...[...own.loaded.values()].flatMap((l) => l.files)];
        const { comments, lineOf } = profileComments({ files, sources: start.sources });
        this.filter = suppressionFilter(comments, lineOf);
        this.damaged = damagedBy([
            ...start.shared.diagnostics,
            ...[...own.loaded.values()].flatMap((l) => l.diagnostics),
        ]);
        this.report(start.shared.diagnostics);
        for (const l of own.loaded.values())
            this.report(l.diagnostics);
    }
    /** Problems of the inventory itself (its columns, its rows as devices): reported as found, once. */
    noted(diagnostics) {
        for (const d of diagnostics) {
            const key = diagnosticKey(d);
            if (this.seen.has(key))
                continue;
            this.seen.add(key);
            this.found.push(d);
            if (d.severity === 'error')
                this.errors = true;
        }
    }
    /** Suppressions, then the config's severities; each problem once, however many devices share it. */
    report(diagnostics, device) {
        const tuned = applySeverities(diagnostics.filter(this.filter.keep), () => this.start.severities);
        const fresh = [];
        for (const d of tuned) {
            const mine = device !== undefined && this.inRow(d, device) ? { ...d, device: device.mac } : d;
            const key = diagnosticKey(mine);
            if (this.seen.has(key))
                continue;
            this.seen.add(key);
            fresh.push(mine);
        }
        append(this.found, fresh);
        if (hasErrors(fresh))
            this.errors = true;
        return tuned;
    }
    /** A problem in a device's own row is that device's (fleet codes name the device themselves); one at a
     * header cell or in a layer is everyone's, reported once. */
    inRow(d, device) {
        const row = device.row.range;
        return (d.file === this.start.inventory.file &&
            !d.code.startsWith('SPAC80') &&
            d.range.start >= row.start &&
            d.range.end <= row.end);
    }
    indexFor(model) {
        const key = model ?? '';
        const cached = this.indexes.get(key);
        if (cached)
            return cached;
        const index = schemaIndex(this.start.schemas, model);
        this.indexes.set(key, index);
        return index;
    }
    /** Devices of one model with the same own layers share everything but their rows. */
    baseFor(device) {
        const key = JSON.stringify([device.model ?? '', ...device.layers]);
        const cached = this.bases.get(key);
        if (cached)
            return cached;
        const own = device.layers.flatMap((l) => this.own.loaded.get(l) ?? []);
        const options = { encrypted: this.options.keys !== undefined, damaged: this.damaged };
        const base = makeBase(this.start.shared, own, this.indexFor(device.model), options);
        // The layers' own problems are reported once per base, not once per device.
        const made = { base, failed: hasErrors(this.report(base.diagnostics)) };
        this.bases.set(key, made);
        return made;
    }
    async device(device, place) {
        this.hooks.progress?.(++this.done, this.start.inventory.count);
        const unread = device.layers.filter((l) => this.own.failed.has(l));
        this.noted(unread.map((file) => this.layerFailure(device, file)));
        if (unread.length > 0)
            return;
        const { base, failed } = this.baseFor(device);
        const run = {
            inventory: this.start.inventory,
            columns: this.columns,
            registers: this.registers(device, base),
            failed: (diagnostics) => hasErrors(this.report(diagnostics, device)),
            blocked: failed,
        };
        const bytes = buildDevice(base, device, run, this.options.packing);
        if (bytes === undefined)
            return;
        const files = [built(device.name, 'profile', bytes, device.key !== undefined)];
        const boot = this.bootstrap(device, base.index);
        if (boot === null)
            return;
        if (boot)
            files.push(boot);
        this.places.push(place);
        this.manifest.push(deviceRecord(device, files.map(describe)));
        // After an error nothing will be served: the rest is checked, not written.
        if (!this.errors)
            await this.hooks.sink?.(deviceRecord(device, files), place);
    }
    layerFailure(device, file) {
        const at = device.row.cells.get('layers')?.range ?? device.row.range;
        const reason = this.own.failed.get(file) ?? 'cannot be read';
        return diagnostic('SPAC8010', this.start.inventory.file, at, { file, mac: device.mac, reason });
    }
    /** With a bootstrap, the device already holds its key in the register the bootstrap sets. */
    registers(device, base) {
        if (!this.options.bootstrap || device.key === undefined)
            return [];
        const name = `GPP_${keyRegisterFor(base.index.target?.family.family)}`;
        return [madeEntry(name, device.key, this.start.inventory.file, anchorOf(device.row))];
    }
    /** `undefined`: no bootstrap asked; `null`: it failed its proof (reported). */
    bootstrap(device, index) {
        const asked = this.options.bootstrap;
        if (!asked || device.bootstrapName === undefined || device.key === undefined)
            return undefined;
        const at = anchorOf(device.row);
        const proved = bootstrapEntries({
            mac: device.mac,
            model: modelName(device.model),
            key: device.key,
            profileName: device.name,
            rule: asked.rule,
            register: keyRegisterFor(index.target?.family.family),
            file: this.start.inventory.file,
            at,
        }, index);
        if (!proved.ok) {
            this.report([proved.diagnostic], device);
            return null;
        }
        const bytes = new TextEncoder().encode(emitXml(proved.entries).text);
        return built(device.bootstrapName, 'bootstrap', bytes, false);
    }
    finish() {
        return [...this.found, ...this.filter.finish()];
    }
}
/** Two fixed shapes, not a spread: a hundred thousand records kept for the manifest share their
 * hidden class (a spread gave each its own, measured: a hundred bytes a device). */
const deviceRecord = (device, files) => device.model === undefined
    ? { mac: device.mac, layers: device.layers, files }
    : { mac: device.mac, model: modelName(device.model), layers: device.layers, files };
const built = (path, kind, bytes, encrypted) => ({
    path,
    kind,
    bytes,
    encrypted,
    sha256: createHash('sha256').update(bytes).digest('hex'),
});
const describe = (file) => ({
    path: file.path,
    kind: file.kind,
    size: file.bytes.length,
    sha256: file.sha256,
    encrypted: file.encrypted,
});
