// Fleet stage (devices): each inventory row checked as a device as it is read: its MAC (normalised as
// the phone's $MA, unique), model, key, device layers and output names (no two devices share one).
// Input: the inventory, its columns and the build's choices. Output: devices, or diagnostics at cells.
import { diagnostic, range, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseMac } from '../rules/device.js';
import { findModel } from '../schema/lookup.js';
import { modelName, parseTarget } from '../schema/firmware.js';
import type { SchemaFile } from '../schema/schema-types.js';
import { deriveDeviceKey } from './device-key.js';
import { anchorOf, type Inventory, type Row } from './inventory.js';
import { outputName } from './output-name.js';
import { append } from '../text/append.js';

export interface Device {
  readonly mac: string;
  /** The model as a target: its name, and its firmware when the row or the build names one
   * (`SPA504G@7.5.5`, checked against that firmware; macros and the manifest take the name). */
  readonly model: string | undefined;
  readonly row: Row;
  /** Further layer files of this device, as paths relative to the inventory's folder resolved. */
  readonly layers: readonly string[];
  readonly key: string | undefined;
  readonly name: string;
  readonly bootstrapName?: string;
}

export type KeySource = { readonly column: string } | { readonly master: string };

export interface DeviceChoices {
  readonly schemas: readonly SchemaFile[];
  readonly target: string | undefined;
  readonly keys: KeySource | undefined;
  readonly name: string;
  readonly bootstrap: string | undefined;
  /** Device layer paths from the `layers` cell: relative to the inventory's folder. */
  readonly resolveLayer: (path: string) => string;
}

/** The inventory's devices one row at a time; a MAC or an output name met before is an error at the
 * later row (only the first row's MAC and each name's owner are kept, not the rows). */
export class DeviceReader {
  /** MAC -> where it was first listed, packed into one number (start * 2^16 + length). */
  private readonly seen = new Map<string, number>();
  private readonly owners = new Map<string, string>();

  constructor(
    private readonly inventory: Inventory,
    private readonly choices: DeviceChoices,
  ) {}

  /** The device of `row`, or undefined with its problems added to `out`. */
  read(row: Row, out: Diagnostic[]): Device | undefined {
    const { file } = this.inventory;
    const device = readDevice(this.inventory, row, this.choices, out);
    if (!device) return undefined;
    const first = this.seen.get(device.mac);
    if (first !== undefined) {
      const at = Math.floor(first / 65536);
      const related = [{ file, range: range(at, at + (first % 65536)), message: 'listed first here' }];
      out.push(diagnostic('SPAC8003', file, anchorOf(row), { mac: device.mac }, { related }));
      return undefined;
    }
    const anchor = anchorOf(row);
    this.seen.set(device.mac, anchor.start * 65536 + Math.min(anchor.end - anchor.start, 65535));
    const clashes = this.collisions(device);
    append(out, clashes);
    return device;
  }

  /** Two devices mapped to one file (`$PSN.xml` for a fleet of one model, say) would overwrite each other. */
  private collisions(device: Device): Diagnostic[] {
    const { file } = this.inventory;
    const at = anchorOf(device.row);
    const out: Diagnostic[] = [];
    if (device.bootstrapName === device.name)
      out.push(
        diagnostic('SPAC8005', file, at, { first: device.mac, second: device.mac, name: device.name }),
      );
    for (const name of [device.name, device.bootstrapName].filter((n) => n !== undefined)) {
      const first = this.owners.get(name);
      if (first !== undefined && first !== device.mac)
        out.push(diagnostic('SPAC8005', file, at, { first, second: device.mac, name }));
      else this.owners.set(name, device.mac);
    }
    return out;
  }
}

/** The `mac` column must be there before any row is read. */
export const macColumnProblem = (inventory: Inventory): Diagnostic | undefined =>
  inventory.columns.has('mac')
    ? undefined
    : diagnostic('SPAC8002', inventory.file, range(0), {}, { message: 'no-column' });

/** The device layer files a row names (in its `layers` cell, `;` or `,` between them), resolved. */
export function layersOf(row: Row, resolve: (path: string) => string): readonly string[] {
  const cell = row.cells.get('layers')?.value.trim() ?? '';
  // Most devices have none: they share one empty list rather than keep one each for the manifest.
  if (cell === '') return NO_LAYERS;
  return cell
    .split(/[;,]/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map(resolve);
}

const NO_LAYERS: readonly string[] = Object.freeze([]);

function readDevice(
  inventory: Inventory,
  row: Row,
  choices: DeviceChoices,
  out: Diagnostic[],
): Device | undefined {
  const file = inventory.file;
  const cell = row.cells.get('mac');
  if (!cell || cell.value.trim() === '') {
    out.push(diagnostic('SPAC8002', file, row.range, {}, { message: 'empty' }));
    return undefined;
  }
  const mac = parseMac(cell.value.trim());
  if (mac === undefined) {
    out.push(diagnostic('SPAC8002', file, cell.range, { value: `'${cell.value}'` }));
    return undefined;
  }
  const model = modelOf(inventory, row, mac, choices, out);
  if (model === null) return undefined;
  const key = keyOf(inventory, row, mac, choices.keys, out);
  if (key === null) return undefined;
  const facts = { mac, ...(model === undefined ? {} : { model: modelName(model) }), set: {} };
  const name = named(inventory, row, mac, choices.name, facts, out);
  const bootstrapName =
    choices.bootstrap === undefined ? undefined : named(inventory, row, mac, choices.bootstrap, facts, out);
  if (name === undefined || (choices.bootstrap !== undefined && bootstrapName === undefined))
    return undefined;
  const layers = layersOf(row, choices.resolveLayer);
  const device = { mac, model, row, layers, name, ...(bootstrapName === undefined ? {} : { bootstrapName }) };
  return typeof key === 'function' ? withDerivedKey(device, key) : { ...device, key };
}

/** A derived key is worked out when first asked for: a part of a parallel build reads every row but
 * builds only its share. */
function withDerivedKey(device: Omit<Device, 'key'>, derive: () => string): Device {
  let key: string | undefined;
  return {
    ...device,
    get key() {
      key ??= derive();
      return key;
    },
  };
}

/** The row's model, else the build's target; `null` when the row names a model no schema has, or a
 * firmware that is no version. */
function modelOf(inventory: Inventory, row: Row, mac: string, choices: DeviceChoices, out: Diagnostic[]) {
  const cell = row.cells.get('model');
  const written = cell?.value.trim() ?? '';
  if (!cell || written === '') return choices.target;
  const found = findModel(choices.schemas, written);
  // A cell may name the firmware too (`SPA504G@7.5.5`): the device is checked against that firmware.
  const { firmware, badFirmware } = parseTarget(written);
  if (found && badFirmware === undefined)
    return firmware ? `${found.model.name}@${firmware.text}` : found.model.name;
  if (found && badFirmware !== undefined) {
    const params = { model: written, mac, firmware: badFirmware };
    out.push(diagnostic('SPAC8009', inventory.file, cell.range, params, { message: 'firmware' }));
    return null;
  }
  const models = choices.schemas.flatMap((s) => s.models.map((m) => m.name)).join(', ');
  out.push(diagnostic('SPAC8009', inventory.file, cell.range, { model: written, mac, models }));
  return null;
}

/** `null` when the key column's cell is empty; a derived key, as the function that derives it. The key
 * itself never reaches a message. */
function keyOf(inventory: Inventory, row: Row, mac: string, keys: KeySource | undefined, out: Diagnostic[]) {
  if (keys === undefined) return undefined;
  if ('master' in keys) {
    const { master } = keys;
    return () => deriveDeviceKey(master, mac);
  }
  const cell = row.cells.get(keys.column);
  if (cell && cell.value !== '') return cell.value;
  out.push(diagnostic('SPAC8007', inventory.file, cell?.range ?? row.range, { mac, column: keys.column }));
  return null;
}

function named(
  inventory: Inventory,
  row: Row,
  mac: string,
  template: string,
  facts: { mac: string; model?: string; set: Record<string, string> },
  out: Diagnostic[],
): string | undefined {
  const result = outputName(template, facts);
  if (result.ok) return result.name;
  const at = anchorOf(row);
  if (result.reason === 'macro')
    out.push(diagnostic('SPAC8006', inventory.file, at, { macro: result.macro, mac }, { message: 'macro' }));
  else out.push(diagnostic('SPAC8006', inventory.file, at, { name: template }));
  return undefined;
}
