import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  fileSettings
} from "./chunk-TMVOA5H2.js";
import {
  absolute
} from "./chunk-MVACOJPQ.js";
import {
  STDIN_NAME
} from "./chunk-YXJOSIDR.js";

// src/workspace/import-roots.ts
import { posix } from "node:path";
async function importRoots(host, files, extra = [], config) {
  let found = await fileSettings(host, files, config), roots = new Set(extra.map((r) => absolute(host, r)));
  for (let file of files) {
    let from = found.ok ? found.settings.get(file)?.from : void 0, outermost = from?.[from.length - 1], base = file === STDIN_NAME ? host.cwd : posix.dirname(absolute(host, file));
    roots.add(outermost === void 0 ? base : posix.dirname(absolute(host, outermost)));
  }
  let real = await Promise.all([...roots].map(async (r) => await host.realPath?.(r) ?? r));
  return [.../* @__PURE__ */ new Set([...roots, ...real])];
}
var inside = (path, root) => path === root || path.startsWith(root.endsWith("/") ? root : `${root}/`);
function confined(host, roots, workspace) {
  let within = (path) => roots.some((root) => inside(path, root));
  return {
    ...host,
    read: async (path) => {
      let at = posix.normalize(posix.isAbsolute(path) ? path : posix.join(workspace.cwd, path)), real = within(at) ? await workspace.realPath?.(at) ?? at : at;
      return within(at) && within(real) ? host.read(path) : { ok: !1, reason: `outside the import root ${roots.length === 1 ? `'${roots[0] ?? ""}'` : `any of ${roots.map((r) => `'${r}'`).join(", ")}`}${real === at ? "" : " through a symbolic link"} (widen it with --import-root)` };
    }
  };
}

export {
  importRoots,
  confined
};
