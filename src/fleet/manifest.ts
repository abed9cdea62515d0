// Fleet stage (manifest): what a build wrote, per device (MAC, model, layers, files with size and
// SHA-256), build-wide counts and the spac version; never a key. Shape: schemas/manifest.schema.json.
// Input: the built devices and the build's choices. Output: the manifest text, and what changed since
// the previous one.
import type { ManifestDevice } from './build.js';

export const MANIFEST_VERSION = 1;

export interface ManifestChoices {
  readonly spac: string;
  readonly format: 'xml' | 'text' | 'bin';
  readonly layers: readonly string[];
  readonly encrypted: boolean;
  readonly digest?: 'md5' | 'sha256';
  readonly gzip: boolean;
  readonly keySource?: 'column' | 'derived';
}

export interface Manifest extends ManifestChoices {
  readonly manifestVersion: number;
  readonly counts: { readonly devices: number; readonly files: number; readonly bytes: number };
  readonly devices: readonly ManifestDevice[];
}

/** Deterministic: the same build gives the same text (no time stamp), so an unchanged fleet is unchanged. */
export function manifestText(devices: readonly ManifestDevice[], choices: ManifestChoices): string {
  const files = devices.flatMap((d) => d.files);
  const manifest: Manifest = {
    manifestVersion: MANIFEST_VERSION,
    ...choices,
    counts: { devices: devices.length, files: files.length, bytes: files.reduce((n, f) => n + f.size, 0) },
    devices,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export interface Changes {
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
}

/** Devices added, changed (any file's path or content) and removed against the previous manifest. */
export function changesSince(previous: string | undefined, devices: readonly ManifestDevice[]): Changes {
  const before = new Map<string, string>();
  try {
    const parsed = JSON.parse(previous ?? '{"devices":[]}') as { devices?: ManifestDevice[] };
    for (const d of parsed.devices ?? []) before.set(d.mac, fingerprint(d));
  } catch {
    // No readable previous manifest: every device is new.
  }
  const now = new Map(devices.map((d) => [d.mac, fingerprint(d)]));
  return {
    added: [...now.keys()].filter((mac) => !before.has(mac)),
    changed: [...now].filter(([mac, f]) => before.has(mac) && before.get(mac) !== f).map(([mac]) => mac),
    removed: [...before.keys()].filter((mac) => !now.has(mac)),
  };
}

const fingerprint = (d: ManifestDevice): string =>
  // An old manifest may be damaged: a device without files is simply a changed one.
  JSON.stringify((d.files as ManifestDevice['files'] | undefined)?.map((f) => [f.path, f.sha256]) ?? []);
