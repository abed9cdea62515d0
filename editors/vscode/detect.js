// VS Code extension (which files are SPA profiles): decided by content, not by the extension alone, since
// Polycom, Yealink and Python's setup.cfg are *.cfg too. Input: a file's name and its first lines.
// Output: whether spac should check it. Plain CommonJS, no VS Code API: the tests run it as is.

/** An SPC statement (`Name [!|?] "value" ;`), or an `import` line. */
const STATEMENT =
  /^\s*(?:import\s+\S|[A-Za-z_][A-Za-z0-9_.\-/()]*(?:\[[^\]\s"#;]*\])?\s*[!?*]?\s*(?:"[^"\r\n]*"\s*)?;)/;
/** spac's own comments: a target directive or a suppression. */
const SPAC_COMMENT = /^\s*#\s*spac(?:-disable|-enable|:)/;
/** A line that only another format writes: `key = value`, `[section]`, `<?xml`, `#!version`. */
const FOREIGN = /^\s*(?:\[[^\]]*\]\s*$|[A-Za-z0-9_.-]+\s*[=:]\s*[^"]|<|#!)/;

/** SPC text: within the first lines, statements and no line of another format (comments and blank
 * lines say nothing either way). */
function isSpcText(text) {
  const lines = text.split(/\r\n|\r|\n/, 200);
  let statements = 0;
  for (const line of lines) {
    if (SPAC_COMMENT.test(line)) return true;
    if (/^\s*(#.*)?$/.test(line)) continue;
    if (STATEMENT.test(line)) statements++;
    else if (FOREIGN.test(line)) return false;
  }
  return statements > 0;
}

/** An XML flat profile: a `<flat-profile>` element near the top (after a declaration, comments, or a
 * wrapper such as a device export's). */
const isFlatProfile = (text) => /<flat-profile[\s>/]/.test(text.slice(0, 64 * 1024));

/** `kind` is 'xml' or 'text' (the document's language in the editor). */
function isProfile(kind, text) {
  return kind === 'xml' ? isFlatProfile(text) : isSpcText(text);
}

module.exports = { isProfile, isSpcText, isFlatProfile };
