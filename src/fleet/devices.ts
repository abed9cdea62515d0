// Fleet stage (devices): every inventory row checked as a device before anything is built: its MAC
// (normalised as the phone's $MA, unique), model, key, device layers and output names.
// Input: the inventory, its columns and the build's choices. Output: devices, or diagnostics at cells.
import { diagnostic, range, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseMac } from '../rules/device.js';
import { findModel } from '../schema/lookup.js';
import type { SchemaFile } from '../schema/schema-types.js';
import { deriveDeviceKey } from './device-key.js';
import { anchorOf, type Inventory, type Row } from './inventory.js';
import { outputName } from './output-name.js';

export interface Device {
  readonly mac: string;
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

export function readDevices(
  inventory: Inventory,
  choices: DeviceChoices,
): { devices: Device[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const file = inventory.file;
  if (!inventory.columns.has('mac'))
    return {
      devices: [],
      diagnostics: [diagnostic('SPAC8002', file, range(0), {}, { message: 'no-column' })],
    };
  const devices: Device[] = [];
  const seen = new Map<string, Row>();
  for (const row of inventory.rows) {
    const device = readDevice(inventory, row, choices, diagnostics);
    if (!device) continue;
    const first = seen.get(device.mac);
    if (first) {
      const at = anchorOf(row);
      const related = [{ file, range: anchorOf(first), message: 'listed first here' }];
      diagnostics.push(diagnostic('SPAC8003', file, at, { mac: device.mac }, { related }));
      continue;
    }
    seen.set(device.mac, row);
    devices.push(device);
  }
  diagnostics.push(...collisions(inventory, devices));
  return { devices, diagnostics };
}

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
  const facts = { mac, ...(model === undefined ? {} : { model }), set: {} };
  const name = named(inventory, row, mac, choices.name, facts, out);
  const bootstrapName =
    choices.bootstrap === undefined ? undefined : named(inventory, row, mac, choices.bootstrap, facts, out);
  if (name === undefined || (choices.bootstrap !== undefined && bootstrapName === undefined))
    return undefined;
  const layers = (row.cells.get('layers')?.value ?? '')
    .split(/[;,]/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map(choices.resolveLayer);
  return { mac, model, row, layers, key, name, ...(bootstrapName === undefined ? {} : { bootstrapName }) };
}

/** The row's model, else the build's target; `null` when the row names a model no schema has. */
function modelOf(inventory: Inventory, row: Row, mac: string, choices: DeviceChoices, out: Diagnostic[]) {
  const cell = row.cells.get('model');
  const written = cell?.value.trim() ?? '';
  if (!cell || written === '') return choices.target;
  const found = findModel(choices.schemas, written);
  if (found) return found.model.name;
  const models = choices.schemas.flatMap((s) => s.models.map((m) => m.name)).join(', ');
  out.push(diagnostic('SPAC8009', inventory.file, cell.range, { model: written, mac, models }));
  return null;
}

/** `null` when the key column's cell is empty. The key itself never reaches a message. */
function keyOf(inventory: Inventory, row: Row, mac: string, keys: KeySource | undefined, out: Diagnostic[]) {
  if (keys === undefined) return undefined;
  if ('master' in keys) return deriveDeviceKey(keys.master, mac);
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

/** Two devices mapped to one file (`$PSN.xml` for a fleet of one model, say) would overwrite each other. */
function collisions(inventory: Inventory, devices: readonly Device[]): Diagnostic[] {
  const owner = new Map<string, Device>();
  const out: Diagnostic[] = [];
  for (const device of devices) {
    if (device.bootstrapName === device.name) {
      const at = anchorOf(device.row);
      out.push(
        diagnostic('SPAC8005', inventory.file, at, {
          first: device.mac,
          second: device.mac,
          name: device.name,
        }),
      );
    }
    for (const name of [device.name, device.bootstrapName].filter((n) => n !== undefined)) {
      const first = owner.get(name);
      if (first && first !== device) {
        const at = anchorOf(device.row);
        out.push(diagnostic('SPAC8005', inventory.file, at, { first: first.mac, second: device.mac, name }));
      } else owner.set(name, device);
    }
  }
  return out;
}
