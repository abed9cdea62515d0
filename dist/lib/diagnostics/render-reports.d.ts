import { type SarifPaths } from './render-ci.js';
import type { JsonDiagnostic } from './render.js';
/** GitLab Code Quality (a subset of Code Climate's format): one issue per problem, the path relative to
 * the repository, and a fingerprint that stays while the problem does (its line may move). */
export declare function renderGitlab(json: readonly JsonDiagnostic[], paths: SarifPaths | undefined): string;
/** JUnit XML: a test suite per file, a failing test case per problem (errors and warnings; infos are
 * passing cases with their message), a file without problems one passing case. */
export declare function renderJunit(json: readonly JsonDiagnostic[], files: readonly string[]): string;
