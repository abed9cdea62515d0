// CLI shell: the yargs definition of `spac expand`, loading its module lazily.
// Input: a selector for the command to run. Output: a yargs command module.
import type { Argv } from 'yargs';
import { schemaArgs, schemaOption, showDashes, targetOption, type Select } from './argv.js';

const options = {
  mac: { type: 'string', demandOption: true, requiresArg: true, describe: "the device's MAC address" },
  rule: { type: 'string', requiresArg: true, describe: 'one profile rule to run instead of profiles' },
  // Not `array`: yargs would then swallow the profile after `--set X=1` as a second setting.
  set: {
    type: 'string',
    requiresArg: true,
    describe: 'a device fact or register as NAME=value (SWVER=7.5.5, SN=..., A=...); repeatable',
  },
  format: { alias: 'f', choices: ['text', 'json'], default: 'text', describe: 'report format' },
  'show-secrets': { type: 'boolean', describe: 'print keys and secret registers instead of hiding them' },
  target: targetOption,
  schema: schemaOption,
} as const;

interface ExpandArgv {
  profiles: string[] | undefined;
  mac: string;
  rule: string | undefined;
  set: string | string[] | undefined;
  format: 'text' | 'json';
  'show-secrets': boolean | undefined;
  target: string | undefined;
  schema: string | string[] | undefined;
}

export function expandCommand(select: Select) {
  return {
    command: 'expand [profiles..]',
    describe: 'show which URLs a device fetches with the profile and upgrade rules',
    builder: (y: Argv) =>
      y
        .positional('profiles', {
          type: 'string',
          array: true,
          describe: 'profiles, layered in order, or - for stdin',
        })
        .options(options)
        .example('$0 expand site.cfg --mac 00:0e:08:aa:bb:cc --target SPA504G', 'what this phone fetches')
        .example(
          "$0 expand --rule '( $SWVER lt 7.5.5 )? /old.cfg | /new.cfg' --mac 000e08aabbcc --set SWVER=7.5.5",
          'one rule',
        )
        .example('$0 expand site.xml --mac 000e08aabbcc --format json', 'for scripts'),
    handler: (a: ExpandArgv) => {
      select(async (io) => {
        const { runExpand } = await import('./commands/expand.js');
        const args = {
          profiles: showDashes(a.profiles),
          ...(a.rule === undefined ? {} : { rule: a.rule }),
          mac: a.mac,
          set: a.set === undefined ? [] : ([] as string[]).concat(a.set),
          format: a.format,
          showSecrets: a['show-secrets'] ?? false,
          ...schemaArgs(a),
        };
        return runExpand(args, io);
      });
    },
  };
}
