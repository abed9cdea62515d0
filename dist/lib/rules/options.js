// Rules stage (option checks): the `[--option arg]` list of an alternative, per rule language.
// Input: the parsed options and the language. Output: problems: unknown options, bad or missing arguments.
import { distance } from '../text/distance.js';
import { checkMacros } from './check-macros.js';
import { ruleProblem } from './problem.js';
const OPTIONS = {
    profile: { key: 'arg', post: 'gpp', alias: 'gpp', uid: 'arg', pwd: 'arg' },
    upgrade: {},
    report: { key: 'arg', delta: 'flag', status: 'flag' },
    trigger: {},
    log: {},
};
/** Arguments in which the secret registers `$SA`..`$SD` expand. */
const SECRET_ARGS = new Set(['key', 'uid', 'pwd']);
export function checkOptions(list, span, language) {
    const allowed = OPTIONS[language];
    if (Object.keys(allowed).length === 0)
        return [ruleProblem('SPAC4002', span, `${language} rules take no options`)];
    const seen = new Set();
    return list.flatMap((option) => {
        const takes = allowed[option.name];
        if (takes === undefined || !option.written.startsWith('--'))
            return [unknownOption(option, allowed, language)];
        const twice = seen.has(option.name)
            ? [ruleProblem('SPAC4016', option.nameSpan, `'--${option.name}' is given more than once`)]
            : [];
        seen.add(option.name);
        return [...twice, ...argumentProblems(option, takes)];
    });
}
function unknownOption(option, allowed, language) {
    const names = Object.keys(allowed);
    const near = names.find((n) => n === option.name || distance(n, option.name, 3) <= 2);
    const list = names.map((n) => `--${n}`).join(', ');
    const message = `unknown option '${option.written}' in a ${language} rule: it takes ${list}`;
    return near
        ? ruleProblem('SPAC4002', option.nameSpan, `${message}; did you mean '--${near}'?`, {
            description: `use '--${near}'`,
            span: option.nameSpan,
            text: `--${near}`,
        })
        : ruleProblem('SPAC4002', option.nameSpan, message);
}
function argumentProblems(option, takes) {
    const name = `--${option.name}`;
    const arg = option.arg;
    if (takes === 'flag')
        return arg ? [ruleProblem('SPAC4003', arg.span, `'${name}' takes no argument`)] : [];
    if (!arg)
        return [ruleProblem('SPAC4003', option.nameSpan, `'${name}' needs an argument`)];
    if (takes === 'gpp' && !/^[a-pA-P]$/.test(arg.text))
        return [
            ruleProblem('SPAC4003', arg.span, `'${name}' takes the letter of a GPP register, a to p (GPP_A to GPP_P), not '${arg.text}'`),
        ];
    const text = arg.text.startsWith('"') && arg.text.endsWith('"') && arg.text.length > 1
        ? arg.text.slice(1, -1)
        : arg.text;
    const base = arg.at + (text === arg.text ? 0 : 1);
    return checkMacros(text, base, SECRET_ARGS.has(option.name));
}
