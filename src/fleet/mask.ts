// Fleet stage (masking): the inventory as diagnostics show it, with every key cell and every cell of a
// secret parameter (passwords, GPP_SA..SD) blanked out, so a code frame under a problem never prints
// a device's key or password. Input: the inventory and what is secret. Output: text of the same length.
import { textNameToXml } from '../model/names.js';
import type { SchemaIndex } from '../schema/lookup.js';
import type { Columns } from './columns.js';
import type { Inventory } from './inventory.js';

export function maskedInventory(inventory: Inventory, columns: Columns, index: SchemaIndex): string {
  const secret = new Set(
    columns.parameters
      .filter((p) =>
        index
          .find(p.nameFormat === 'xml' ? p.name : textNameToXml(p.name))
          .some((f) => f.spec.secret === true),
      )
      .map((p) => p.column),
  );
  if (columns.keyColumn !== undefined) secret.add(columns.keyColumn);
  if (secret.size === 0) return inventory.text;
  // Offsets are UTF-16 units: the text is cut and joined by them, keeping every other offset in place.
  const ranges = inventory.rows
    .flatMap((row) => [...secret].flatMap((column) => row.cells.get(column)?.range ?? []))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  let text = '';
  let from = 0;
  for (const r of ranges) {
    text += inventory.text.slice(from, r.start) + '*'.repeat(r.end - r.start);
    from = r.end;
  }
  return text + inventory.text.slice(from);
}
