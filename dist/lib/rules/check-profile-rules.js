// Rules stage: every rule, trigger and log template in a profile set, checked in place, plus the checks
// that need the whole layered set (key registers, secrets fetched in clear). Input: entries and a schema
// index. Output: diagnostics at the exact characters inside each value, in text and in XML files.
import { diagnostic } from '../diagnostics/diagnostic.js';
import { valueSpanToSource } from '../model/profile.js';
import { escapeXmlText } from '../text/xml-escape.js';
import { entryTag } from '../schema/lookup.js';
import { checkRuleValue } from './check-rule.js';
import { firstSecret, keyProblems, secretsInClear } from './set-checks.js';
import { append } from '../text/append.js';
export function languageOf(entry, index) {
    for (const found of index.find(entryTag(entry)))
        if (found.spec.type.kind === 'rule')
            return found.spec.type.language;
    return undefined;
}
/** `entries`: every entry of every file read; `layered`: what the phone ends up with, later files winning. */
export function checkRules(entries, layered, index, damaged = () => false) {
    const syntax = checkRuleSyntax(entries, index, damaged);
    const rules = layered.flatMap((e) => syntax.checked.get(e) ?? []);
    return [...syntax.diagnostics, ...checkRuleSet(rules, layered, index)];
}
/** Each rule value on its own, in place (a fleet build checks the shared layers' rules once). */
export function checkRuleSyntax(entries, index, damaged = () => false) {
    const knows = (name) => index.find(name).length > 0;
    const diagnostics = [];
    const checked = new Map();
    for (const entry of entries) {
        const language = languageOf(entry, index);
        if (language === undefined || entry.value === undefined || damaged(entry))
            continue;
        const rule = { entry, language, checked: checkRuleValue(entry.value, language, { knows }) };
        checked.set(entry, rule);
        append(diagnostics, rule.checked.problems.map((p) => placed(entry, p)));
    }
    return { checked, diagnostics };
}
/** What needs the whole layered set: key registers the rules read, secrets fetched in clear. `rules`:
 * the checked rules of `layered`, in its order. `layered` may be a function that lists the set, and
 * `secretIn` one that finds its first secret, where either costs more than a look (a fleet's device):
 * most sets never need them. */
export function checkRuleSet(rules, layered, index, secretIn) {
    const out = [];
    let listed;
    const list = () => (listed ??= typeof layered === 'function' ? layered() : layered);
    const value = (tag) => list().findLast((e) => entryTag(e) === tag)?.value;
    append(out, keyProblems(rules, value).map(({ entry, problem }) => placed(entry, problem)));
    append(out, secretsInClear(rules, secretIn ?? (() => firstSecret(list(), index))).map(({ entry, problem, related }) => placed(entry, problem, related)));
    return out;
}
const sourceRange = (entry, span) => valueSpanToSource(entry, span.start, span.end);
function placed(entry, problem, related) {
    const fix = problem.fix && {
        description: problem.fix.description,
        edits: [
            {
                file: entry.file,
                range: sourceRange(entry, problem.fix.span),
                newText: entry.nameFormat === 'xml' ? escapeXmlText(problem.fix.text) : problem.fix.text,
            },
        ],
    };
    const params = { parameter: entry.name, finding: problem.message };
    return diagnostic(problem.code, entry.file, sourceRange(entry, problem.span), params, {
        ...(fix ? { fix } : {}),
        ...(related
            ? { related: [{ file: related.entry.file, range: related.entry.nameRange, message: related.message }] }
            : {}),
    });
}
