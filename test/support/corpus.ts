// Test support: where the shared corpus lives, and how its provisioning templates are rendered.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const corpusDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'provisioner');
export const corpusPresent = existsSync(corpusDir);
export const corpusAbsent = ' (skipped: ../shared/corpus is absent in this checkout)';

/** What a provisioning system puts in the placeholders that end up in rules; other variables get '1'. */
const samples: Readonly<Record<string, string>> = {
  provisioning_type: 'http',
  provisioning_path: 'prov.example.com',
  'server.ip.1': '192.0.2.10',
  upgrade_path: 'http://prov.example.com/firmware.bin',
};

/** Renders the Smarty placeholders of the provisioner templates the way a provisioning system would:
 * `{$var|default}` becomes its default, `{$var}` a sample value, and loop markers disappear. */
export const renderTemplate = (text: string): string =>
  text
    .replace(/\{\/?[a-z_0-9]+\}/g, '')
    .replace(
      /\{\$([A-Za-z0-9_.]+)(?:\|([^}]*))?\}/g,
      (_m, name: string, fallback?: string) => fallback ?? samples[name] ?? '1',
    );
