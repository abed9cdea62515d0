import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  manifestFiles,
  reasonOf
} from "./chunk-RFHOQZER.js";
import {
  usageError
} from "./chunk-KX2ECOKB.js";
import {
  EXIT_OK,
  EXIT_USAGE,
  readText,
  report
} from "./chunk-IAUS6DXG.js";
import "./chunk-4FTOEFBI.js";
import {
  parseMac
} from "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/serve/policy.ts
function serveIndex(manifest) {
  let files = /* @__PURE__ */ new Map(), macs = /* @__PURE__ */ new Set();
  for (let line of manifestFiles(manifest))
    macs.add(line.mac), line.file && files.set(line.file.path, { mac: line.mac, kind: line.file.kind, encrypted: line.file.encrypted });
  return { files, macs };
}
var deny = (status, why) => ({ do: "status", status, why });
function decide(request, index, rules) {
  let path = cleanPath(request.target);
  if (path === void 0) return deny(400, "malformed path");
  if (rules.reportsPath !== void 0 && `/${path}`.startsWith(rules.reportsPath))
    return reportDecision(request, path, index, rules.reportsPath);
  if (request.method !== "GET" && request.method !== "HEAD") return deny(405, "method not allowed");
  if (`/${path}` === rules.healthPath) return { do: "health" };
  let file = index.files.get(path);
  return file ? file.kind === "bootstrap" ? request.secure ? request.mac === file.mac ? { do: "file", path, file } : deny(403, "not this device's bootstrap") : deny(403, "bootstrap profiles only over HTTPS") : file.encrypted ? { do: "file", path, file } : request.secure && request.mac === file.mac ? { do: "file", path, file } : rules.allowPlain ? { do: "file", path, file } : deny(
    403,
    request.secure ? "not this device's profile" : "plain profiles only over HTTPS to their device"
  ) : deny(404, "not in the build");
}
function reportDecision(request, path, index, prefix) {
  if (request.method !== "POST" && request.method !== "PUT") return deny(405, "reports are POST or PUT");
  let named = parseMac(
    (path.slice(prefix.length - 1).split("/").pop() ?? "").replace(/\.[A-Za-z0-9.]*$/, "")
  ), mac = request.mac ?? named;
  return mac === void 0 ? deny(403, "no device named") : request.mac !== void 0 && named !== void 0 && named !== request.mac ? deny(403, "not this device's report") : index.macs.has(mac) ? { do: "report", mac } : deny(403, "not a device of the build");
}
function cleanPath(target) {
  if (!target.startsWith("/")) return;
  let raw = target.split(/[?#]/)[0] ?? "";
  if (/%2f|%5c|%00/i.test(raw)) return;
  let path;
  try {
    path = decodeURIComponent(raw).slice(1);
  } catch {
    return;
  }
  if (path === "") return "";
  if (!/[\\\0]/.test(path))
    return path.split("/").every((s) => s !== "" && s !== "." && s !== "..") ? path : void 0;
}

// src/serve/nginx.ts
var quoted = (text) => `"${text.replace(/[\\"]/g, "\\$&")}"`;
function fileMap(manifest) {
  let lines = [];
  for (let [path, file] of serveIndex(manifest).files) {
    let who = file.kind === "bootstrap" ? `b:${file.mac}` : file.encrypted ? "open" : `p:${file.mac}`;
    lines.push(`    ${quoted(`/${path}`)} ${who};`);
  }
  return lines;
}
function nginxConfig(choices, manifest) {
  let root = quoted(choices.dir), field = choices.macField.replace(/[^A-Za-z]/g, ""), out = [
    `# Written by spac serve --print-nginx for ${choices.dir}: the same checks as spac serve. Include it`,
    "# in the http block of nginx.conf (it holds only map and server blocks); paths are as given.",
    "# Report uploads need spac serve --reports (proxy them there); nginx cannot store them per device.",
    "map_hash_max_size 262144;",
    "map_hash_bucket_size 128;",
    "map $uri $spac_file {",
    "    default none;",
    ...fileMap(manifest),
    "}",
    "# The MAC of a verified client certificate, from its subject (RFC 2253 form).",
    "map $ssl_client_s_dn $spac_client_mac {",
    '    default "";',
    `    "~(^|,)${field}=(?<mac>[0-9a-f]{12})(,|$)" $mac;`,
    "}",
    'map "$spac_file|$spac_client_mac" $spac_https_ok {',
    "    default 0;",
    '    "~^open\\|" 1;',
    '    "~^[bp]:([0-9a-f]{12})\\|\\1$" 1;',
    "}",
    "map $spac_file $spac_http_ok {",
    "    default 0;",
    "    open 1;",
    ...choices.allowPlain ? ['    "~^p:" 1;'] : [],
    "}"
  ];
  if (choices.http !== void 0 && out.push(...server(`listen ${String(choices.http)};`, [], root, "$spac_http_ok")), choices.https) {
    let t = choices.https, tls = [
      `    ssl_certificate ${quoted(t.cert)};`,
      `    ssl_certificate_key ${quoted(t.key)};`,
      "    ssl_protocols TLSv1.2 TLSv1.3;",
      ...t.clientCa ? [
        `    ssl_client_certificate ${quoted(t.clientCa)};`,
        "    ssl_verify_client on;",
        "    ssl_verify_depth 2;"
      ] : []
    ];
    out.push(...server(`listen ${String(t.port)} ssl;`, tls, root, "$spac_https_ok"));
  }
  return `${out.join(`
`)}
`;
}
function server(listen2, tls, root, ok) {
  return [
    "server {",
    `    ${listen2}`,
    ...tls,
    `    root ${root};`,
    "    disable_symlinks on;",
    "    client_max_body_size 1m;",
    "    add_header cache-control no-store always;",
    `    location = /healthz { default_type application/json; return 200 '{"status":"ok"}\\n'; }`,
    "    location / {",
    "        limit_except GET { deny all; }",
    "        if ($spac_file = none) { return 404; }",
    `        if (${ok} = 0) { return 403; }`,
    "        try_files $uri =404;",
    "    }",
    "}"
  ];
}

// src/node/serve.ts
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { createServer as createTlsServer } from "node:https";
import { mkdir, readFile, realpath, rename, stat, writeFile } from "node:fs/promises";
import { join, sep } from "node:path";
import { TLSSocket } from "node:tls";
var MAX_TARGET = 2048;
function indexWatcher(dir) {
  let seen = "", index = { files: /* @__PURE__ */ new Map(), macs: /* @__PURE__ */ new Set() };
  return async () => {
    let file = join(dir, "manifest.json"), s = await stat(file).catch(() => {
    }), stamp = s ? `${String(s.ino)}:${String(s.mtimeMs)}:${String(s.size)}` : "";
    return stamp !== seen && (index = serveIndex(s ? await readFile(file, "utf8").catch(() => "") : ""), seen = stamp), index;
  };
}
async function startServing(options2) {
  let current = indexWatcher(options2.dir);
  await current(), options2.reportsDir !== void 0 && await mkdir(options2.reportsDir, { recursive: !0 });
  let handler = (secure) => (req, res) => {
    handle(req, res, secure, options2, current).catch(() => {
    });
  }, servers = [];
  if (options2.http !== void 0 && servers.push({
    server: limited(createServer(limits, handler(!1)), options2),
    kind: "http",
    port: options2.http
  }), options2.https) {
    let { cert, key, clientCa } = options2.https, tls = {
      ...limits,
      cert,
      key,
      ...clientCa ? { ca: clientCa, requestCert: !0, rejectUnauthorized: !0 } : {},
      minVersion: "TLSv1.2"
    };
    servers.push({
      server: limited(createTlsServer(tls, handler(!0)), options2),
      kind: "https",
      port: options2.https.port
    });
  }
  let ports = {};
  for (let s of servers) ports[s.kind] = await listen(s.server, s.port, options2.host);
  return {
    ...ports,
    close: () => Promise.all(servers.map((s) => closeServer(s.server))).then(() => {
    })
  };
}
var limits = {
  maxHeaderSize: 16 * 1024,
  requestTimeout: 3e4,
  headersTimeout: 1e4,
  keepAliveTimeout: 5e3
};
function limited(server2, options2) {
  return server2.maxConnections = options2.maxConnections, server2.on("clientError", (_error, socket) => {
    socket.writable && socket.end(`HTTP/1.1 400 Bad Request\r
connection: close\r
\r
`);
  }), server2;
}
var listen = (server2, port, host) => new Promise((resolve, reject) => {
  server2.once("error", reject), server2.listen(port, host, () => {
    resolve(server2.address().port);
  });
}), closeServer = (server2) => new Promise((resolve) => {
  server2.close(() => {
    resolve();
  }), server2.closeIdleConnections();
});
function certificateMac(req, field) {
  let socket = req.socket;
  if (!(socket instanceof TLSSocket) || !socket.authorized) return;
  let value = socket.getPeerCertificate().subject?.[field];
  return typeof value == "string" ? parseMac(value) : void 0;
}
async function handle(req, res, secure, options2, current) {
  let started = performance.now(), target = req.url ?? "", client = req.socket?.remoteAddress ?? "", mac = secure ? certificateMac(req, options2.macField) : void 0, logged;
  try {
    logged = await respond(req, res, { secure, mac, target }, options2, current);
  } catch {
    res.headersSent || send(res, 500, `internal error
`), logged = { status: 500, bytes: 0, mac };
  }
  options2.log(
    JSON.stringify({
      time: (/* @__PURE__ */ new Date()).toISOString(),
      client,
      mac: logged.mac ?? null,
      method: req.method ?? "",
      path: target.slice(0, 256),
      status: logged.status,
      bytes: logged.bytes,
      ms: Math.round((performance.now() - started) * 10) / 10
    })
  );
}
async function respond(req, res, seen, options2, current) {
  if (seen.target.length > MAX_TARGET)
    return { status: send(res, 414, `request target too long
`), bytes: 0, mac: seen.mac };
  let index = await current(), decision = decide(
    { method: req.method ?? "", target: seen.target, secure: seen.secure, mac: seen.mac },
    index,
    options2.rules
  );
  if (decision.do === "status")
    return { status: send(res, decision.status, `${decision.why}
`), bytes: 0, mac: seen.mac };
  if (decision.do === "health") {
    let body = `${JSON.stringify({ status: "ok", devices: index.macs.size, files: index.files.size })}
`;
    return { status: send(res, 200, body, "application/json"), bytes: body.length, mac: seen.mac };
  }
  if (decision.do === "report") return storeReport(req, res, decision.mac, options2);
  let bytes = await readInside(options2.dir, decision.path);
  return bytes ? (res.writeHead(200, {
    "content-type": decision.path.endsWith(".xml") ? "application/xml" : "application/octet-stream",
    "content-length": bytes.length,
    "cache-control": "no-store"
  }), res.end(req.method === "HEAD" ? void 0 : bytes), { status: 200, bytes: req.method === "HEAD" ? 0 : bytes.length, mac: decision.file.mac }) : { status: send(res, 404, `not in the build
`), bytes: 0, mac: seen.mac };
}
async function readInside(dir, path) {
  try {
    let root = await realpath(dir), real = await realpath(join(root, path));
    return real.startsWith(root + sep) ? await readFile(real) : void 0;
  } catch {
    return;
  }
}
function send(res, status, body, type = "text/plain; charset=utf-8") {
  return res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) }), res.end(body), status;
}
async function storeReport(req, res, mac, options2) {
  let chunks = [], size = 0;
  for await (let chunk of req) {
    if (size += chunk.length, size > options2.reportLimit)
      return res.setHeader("connection", "close"), { status: send(res, 413, `report too large
`), bytes: 0, mac };
    chunks.push(chunk);
  }
  let dir = options2.reportsDir ?? "", file = join(dir, `${mac}.xml`), temp = join(dir, `.${mac}.xml.${randomBytes(6).toString("hex")}`);
  return await writeFile(temp, Buffer.concat(chunks), { mode: 416, flag: "wx" }), await rename(temp, file), { status: send(res, 201, `stored
`), bytes: 0, mac };
}

// src/cli/commands/serve.ts
var options = {
  http: { type: "number", describe: "serve plain HTTP on this port (encrypted profiles; 0 picks one)" },
  https: { type: "number", describe: "serve HTTPS on this port (needs --cert and --key; 0 picks one)" },
  cert: { type: "string", describe: "the server's certificate (PEM), such as server.crt" },
  key: { type: "string", describe: "the server's private key (PEM)" },
  "client-ca": { type: "string", describe: "require client certificates chaining to this CA (PEM)" },
  "mac-field": {
    type: "string",
    default: "ST",
    describe: "the client certificate's subject field with the MAC"
  },
  host: { type: "string", default: "0.0.0.0", describe: "the address to listen on" },
  "allow-plain": {
    type: "boolean",
    default: !1,
    describe: "serve unencrypted profiles over plain HTTP (unsafe)"
  },
  reports: { type: "string", describe: "store Report_Rule uploads in this directory, one file per MAC" },
  "reports-path": {
    type: "string",
    default: "/reports/",
    describe: "the URL path reports are uploaded under"
  },
  "report-limit": { type: "number", default: 1024 * 1024, describe: "largest report accepted, in bytes" },
  "max-connections": { type: "number", default: 1024, describe: "connections served at once, per port" },
  "print-nginx": {
    type: "boolean",
    default: !1,
    describe: "print an nginx configuration doing the same checks, and exit"
  }
}, builder = (y) => y.positional("dir", { type: "string", describe: "the output directory of spac build" }).options(options).example("$0 serve out --http 8080", "encrypted profiles over HTTP").example(
  "$0 serve out --https 8443 --cert server.crt --key server.key --client-ca lab-ca.crt --http 8080",
  "bootstraps over HTTPS to their own phone only, encrypted profiles over HTTP"
).example(
  "$0 serve out --print-nginx --https 443 --cert server.crt --key server.key --client-ca ca.crt",
  "the same with nginx"
);
function flagProblem(a) {
  if (a.http === void 0 && a.https === void 0) return "name a port: --http PORT and/or --https PORT";
  for (let [flag, port] of [
    ["--http", a.http],
    ["--https", a.https]
  ])
    if (port !== void 0 && !(Number.isInteger(port) && port >= 0 && port <= 65535))
      return `${flag} takes a port, 0 to 65535`;
  if (a.https !== void 0 && (a.cert === void 0 || a.key === void 0))
    return "--https needs --cert and --key";
  if (a["client-ca"] !== void 0 && a.https === void 0) return "--client-ca needs --https";
  if (!(Number.isInteger(a["report-limit"]) && a["report-limit"] > 0))
    return "--report-limit takes a positive whole number";
  if (!a["reports-path"].startsWith("/") || !a["reports-path"].endsWith("/"))
    return "--reports-path starts and ends with '/'";
}
async function run(a, io) {
  let dir = a.dir ?? "", problem = flagProblem(a);
  if (problem !== void 0) return usageError(io, problem, "serve");
  let failed = [], manifest = await readText(io, `${dir}/manifest.json`, failed) ?? "", tls = a.https === void 0 ? void 0 : {
    port: a.https,
    cert: await readText(io, a.cert, failed) ?? "",
    key: await readText(io, a.key, failed) ?? "",
    ...a["client-ca"] === void 0 ? {} : { clientCa: await readText(io, a["client-ca"], failed) ?? "" }
  };
  return failed.length > 0 ? (report(failed, /* @__PURE__ */ new Map(), io, io.stderr), manifest || io.stderr.write(`spac: '${dir}' is not the output of spac build (no manifest.json)
`), EXIT_USAGE) : a["print-nginx"] ? (io.stdout.write(
    nginxConfig(
      {
        dir,
        ...nginxPorts(a),
        macField: a["mac-field"],
        reportsPath: a["reports-path"],
        allowPlain: a["allow-plain"]
      },
      manifest
    )
  ), EXIT_OK) : (a["allow-plain"] && io.stderr.write(
    `spac: WARNING: --allow-plain serves unencrypted profiles (passwords in clear) over plain HTTP
`
  ), serveUntilStopped(io, {
    dir,
    host: a.host,
    ...a.http === void 0 ? {} : { http: a.http },
    ...tls ? { https: tls } : {},
    macField: a["mac-field"],
    rules: {
      allowPlain: a["allow-plain"],
      reportsPath: a.reports === void 0 ? void 0 : a["reports-path"],
      healthPath: "/healthz"
    },
    ...a.reports === void 0 ? {} : { reportsDir: a.reports },
    reportLimit: a["report-limit"],
    maxConnections: a["max-connections"],
    log: (line) => {
      io.stdout.write(`${line}
`);
    }
  }));
}
var nginxPorts = (a) => ({
  ...a.http === void 0 ? {} : { http: a.http },
  ...a.https === void 0 ? {} : {
    https: {
      port: a.https,
      cert: a.cert ?? "",
      key: a.key ?? "",
      ...a["client-ca"] ? { clientCa: a["client-ca"] } : {}
    }
  }
});
async function serveUntilStopped(io, options2) {
  let serving;
  try {
    serving = await startServing(options2);
  } catch (error) {
    return io.stderr.write(`spac: cannot serve: ${reasonOf(error)}
`), EXIT_USAGE;
  }
  let urls = [
    serving.http === void 0 ? void 0 : `http://${options2.host}:${String(serving.http)}`,
    serving.https === void 0 ? void 0 : `https://${options2.host}:${String(serving.https)}`
  ].filter((u) => u !== void 0);
  return io.stderr.write(`spac: serving '${options2.dir}' on ${urls.join(" and ")}
`), await io.untilStopped(), await serving.close(), io.stderr.write(`spac: stopped
`), EXIT_OK;
}
export {
  builder,
  run
};
