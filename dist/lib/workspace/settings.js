// Config stage (resolution): a loaded chain of configs -> the settings for one profile file.
// Input: configs from the nearest file up through its `extends`, and a profile path. Output: target,
// schema paths (resolved against the config that names them) and per-code severities.
import { posix } from 'node:path';
import picomatch from 'picomatch';
/** `chain` is nearest first, then what it extends; later overrides and nearer files win. */
export function settingsFor(chain, file) {
    let settings = { rules: {}, from: chain.map((c) => c.file) };
    for (const loaded of [...chain].reverse()) {
        settings = merge(settings, loaded.config, loaded, []);
        (loaded.config.overrides ?? []).forEach((o, i) => {
            if (matches(o.files, loaded.dir, file))
                settings = merge(settings, o, loaded, ['overrides', i]);
        });
    }
    return settings;
}
function merge(base, section, { dir, source }, path) {
    const schema = section.schema === undefined ? undefined : [].concat(section.schema);
    const targetAt = section.target === undefined || source === undefined
        ? undefined
        : { file: source.file, text: source.text, range: source.at([...path, 'target']) };
    return {
        ...base,
        ...(section.target === undefined ? {} : { target: section.target, targetAt }),
        ...(schema === undefined ? {} : { schema: schema.map((s) => posix.join(dir, s)) }),
        rules: { ...base.rules, ...section.rules },
    };
}
function matches(globs, dir, file) {
    const relative = posix.relative(dir, file);
    return !relative.startsWith('..') && picomatch(globs, { dot: true })(relative);
}
