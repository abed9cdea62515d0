// Diagnostics stage (edge, CI reports): diagnostics -> GitLab Code Quality JSON and JUnit XML, the two
// report files CI services read besides SARIF. Input: diagnostics as JSON records, the run's folders and
// the files checked. Output: text.
import { nodeCrypto } from '../text/lazy-builtins.js';
import { shownMessage } from './diagnostic.js';
import { rootRelative } from './render-ci.js';
import { addTo } from '../text/append.js';
/** GitLab's severities, from spac's: an error fails the phone, a warning may, an info is advice. */
const GITLAB_SEVERITY = { error: 'major', warning: 'minor', info: 'info' };
/** GitLab Code Quality (a subset of Code Climate's format): one issue per problem, the path relative to
 * the repository, and a fingerprint that stays while the problem does (its line may move). */
export function renderGitlab(json, paths) {
    const seen = new Map();
    const issues = json.map((d) => {
        const path = (paths && rootRelative(d.file, paths)) ?? d.file;
        const identity = [path, d.code, shownMessage(d)].join('\0');
        // The same problem twice in one file (two lines alike) gets two fingerprints, in order.
        const nth = seen.get(identity) ?? 0;
        seen.set(identity, nth + 1);
        return {
            type: 'issue',
            check_name: d.code,
            description: `${d.code}: ${shownMessage(d)}`,
            severity: GITLAB_SEVERITY[d.severity],
            fingerprint: nodeCrypto()
                .createHash('md5')
                .update(`${identity}\0${String(nth)}`)
                .digest('hex'),
            location: {
                path,
                positions: {
                    begin: { line: d.line, column: d.column },
                    end: { line: d.endLine, column: d.endColumn },
                },
            },
        };
    });
    return `${JSON.stringify(issues, null, 2)}\n`;
}
const attribute = (value) => value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
/** XML 1.0 cannot hold most control characters, even as references. */
const xmlSafe = (value) => 
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
attribute(value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD'));
/** JUnit XML: a test suite per file, a failing test case per problem (errors and warnings; infos are
 * passing cases with their message), a file without problems one passing case. */
export function renderJunit(json, files) {
    const byFile = new Map(files.map((f) => [f, []]));
    for (const d of json)
        addTo(byFile, d.file, d);
    const failing = (d) => d.severity !== 'info';
    const suites = [...byFile].map(([file, found]) => {
        const cases = found.length === 0
            ? [`    <testcase classname="${xmlSafe(file)}" name="${xmlSafe(file)}"/>`]
            : found.map((d) => {
                const name = xmlSafe(`${d.file}:${String(d.line)}:${String(d.column)} ${d.code}`);
                const message = xmlSafe(shownMessage(d));
                const body = failing(d)
                    ? `<failure message="${message}" type="${d.severity}">${xmlSafe(`${d.title}: ${shownMessage(d)}`)}</failure>`
                    : `<system-out>${message}</system-out>`;
                return `    <testcase classname="${xmlSafe(file)}" name="${name}">${body}</testcase>`;
            });
        const failures = found.filter(failing).length;
        const tests = Math.max(found.length, 1);
        return `  <testsuite name="${xmlSafe(file)}" tests="${String(tests)}" failures="${String(failures)}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
    });
    const tests = [...byFile.values()].reduce((n, f) => n + Math.max(f.length, 1), 0);
    const failures = json.filter(failing).length;
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="spac" tests="${String(tests)}" failures="${String(failures)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
