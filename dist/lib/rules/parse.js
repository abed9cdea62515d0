import { ruleGrammar, spanOf } from './grammar.js';
import { at, ruleProblem } from './problem.js';
import { CloseAssignments, CloseCondition, lexerFor, Pipe, reportLexerDefinition, ruleLexerDefinition, TargetSemi, triggerLexerDefinition, } from './tokens.js';
const isDisabled = (value) => value.trimStart().startsWith('#');
export function parseRule(value, language) {
    if (isDisabled(value) || language === 'log' || language === 'trigger')
        return { rule: { language, disabled: isDisabled(value), alternatives: [] }, problems: [] };
    const definition = language === 'report' ? reportLexerDefinition : ruleLexerDefinition;
    const lexed = lexerFor(definition).tokenize(value);
    const problems = lexed.errors.map((e) => ruleProblem('SPAC4001', at(e.offset, 1), `unexpected '${value.charAt(e.offset)}'`));
    const alternatives = [];
    for (const segment of segments(lexed.tokens, value.length)) {
        const parsed = parseAlternative(segment.tokens, segment.span, problems);
        if (parsed)
            alternatives.push(parsed);
    }
    return { rule: { language, disabled: false, alternatives }, problems };
}
/** Splits at '|' (and at ';' between report targets); the separator's position bounds each part. */
function segments(tokens, length) {
    const out = [];
    let current = [];
    let start = 0;
    for (const token of tokens) {
        if (token.tokenType.CATEGORIES?.includes(Pipe) === true ||
            token.tokenType === Pipe ||
            token.tokenType === TargetSemi) {
            out.push({ tokens: current, span: { start, end: token.startOffset } });
            current = [];
            start = token.startOffset + 1;
        }
        else
            current.push(token);
    }
    out.push({ tokens: current, span: { start, end: length } });
    return out;
}
function parseAlternative(tokens, span, problems) {
    const grammar = ruleGrammar();
    grammar.input = tokens;
    const raw = grammar.alternative();
    const errors = grammar.errors;
    if (errors.length > 0) {
        problems.push(...errors.slice(0, 1).map((e) => syntaxProblem(e, span.end)));
        return undefined;
    }
    const groups = raw.groups.map((g) => parseGroup(g, problems));
    if (groups.some((g) => g === undefined))
        return undefined;
    return build(raw, groups, span);
}
function build(raw, groups, span) {
    return {
        groups,
        ...(raw.options
            ? { options: { list: raw.options.list, span: spanOf(raw.options.open, raw.options.close) } }
            : {}),
        ...(raw.url
            ? { url: { kind: 'word', text: raw.url.image, at: raw.url.startOffset, span: spanOf(raw.url) } }
            : {}),
        span: trimmed(span, raw),
    };
}
/** The alternative's own characters, without the white space around it. */
function trimmed(span, raw) {
    const first = raw.groups[0]?.open ?? raw.options?.open ?? raw.url;
    const last = raw.url ?? raw.options?.close ?? raw.groups.at(-1)?.close;
    return first && last ? spanOf(first, last) : { start: span.start, end: span.start };
}
function parseGroup(raw, problems) {
    const span = spanOf(raw.open, raw.close);
    const kind = raw.close.tokenType === CloseCondition
        ? 'condition'
        : raw.close.tokenType === CloseAssignments
            ? 'assignments'
            : 'unmarked';
    if (kind === 'unmarked')
        return { kind, span };
    const grammar = ruleGrammar();
    grammar.input = raw.inner;
    const parsed = kind === 'condition' ? grammar.expression() : grammar.assignments();
    const error = grammar.errors[0];
    if (error) {
        problems.push(syntaxProblem(error, raw.close.startOffset, raw.close.image));
        return undefined;
    }
    return kind === 'condition'
        ? { kind, span, condition: parsed }
        : { kind, span, assignments: parsed };
}
/** A resync trigger: one bare condition. */
export function parseTrigger(value) {
    const rule = { language: 'trigger', disabled: isDisabled(value), alternatives: [] };
    if (rule.disabled || value.trim() === '')
        return { rule, problems: [] };
    const wrapped = /^\s*\((.*)\)\?\s*$/s.exec(value);
    if (wrapped) {
        const start = value.indexOf('(');
        const message = "a resync trigger is a bare condition: the '( )?' wrapper belongs to profile rules";
        const fix = {
            description: "remove '( )?'",
            span: { start: 0, end: value.length },
            text: (wrapped[1] ?? '').trim(),
        };
        return { rule, problems: [ruleProblem('SPAC4007', at(start, value.length - start), message, fix)] };
    }
    const lexed = lexerFor(triggerLexerDefinition).tokenize(value);
    const problems = lexed.errors.map((e) => ruleProblem('SPAC4001', at(e.offset, e.length), `unexpected '${value.slice(e.offset, e.offset + e.length)}'`));
    if (problems.length > 0)
        return { rule, problems };
    const grammar = ruleGrammar();
    grammar.input = lexed.tokens;
    const condition = grammar.expression();
    const error = grammar.errors[0];
    return error ? { rule, problems: [syntaxProblem(error, value.length)] } : { rule, problems, condition };
}
const UNCLOSED = {
    group: "'(' is not closed: end the group with ')?' (a condition) or ')!' (assignments)",
    optionList: "'[' is not closed: end the options with ']'",
};
/** `closer`: what ends the token list, when it is not the end of the value (a group's `)?` or `)!`). */
function syntaxProblem(error, end, closer) {
    const token = error.token;
    if (Number.isNaN(token.startOffset)) {
        const unclosed = UNCLOSED[error.context.ruleStack.at(-1) ?? ''];
        const message = closer ? error.message.replace(/the end$/, `'${closer}'`) : error.message;
        return ruleProblem('SPAC4001', at(end, 0), unclosed ?? message);
    }
    return ruleProblem('SPAC4001', at(token.startOffset, token.image.length), error.message);
}
