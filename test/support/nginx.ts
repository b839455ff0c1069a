import { execFile, spawn } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "../../db/embedded.ts";
import { ROOT_DIR } from "../../server/paths.ts";
import { waitUntilListening } from "./listening.ts";

/**
 * Debian's nginx running deploy/nginx.conf itself, in front of test instances: only the upstream
 * servers, the port it listens on and the certificate paths are replaced (a self-signed certificate
 * made here with openssl), so the test proves the file an operator copies, TLS included.
 */
export interface Nginx {
  port: number;
  /** The configuration nginx was started with, for a failing test's message. */
  config: string;
  stop(): Promise<void>;
}

export const DEPLOY_NGINX_CONF = path.join(ROOT_DIR, "deploy/nginx.conf");

export async function startNginx(upstreamPorts: number[]): Promise<Nginx> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-nginx-"));
  // Workers run as `nobody` when the tests run as root: they read and write below this folder.
  await chmod(dir, 0o755);
  await mkdir(path.join(dir, "temp"), { mode: 0o777 });
  await chmod(path.join(dir, "temp"), 0o777);
  const port = await freePort();
  const [certificate, key] = [path.join(dir, "cert.pem"), path.join(dir, "key.pem")];
  await promisify(execFile)("openssl", [
    ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=carnet.example.fr"],
    ...["-keyout", key, "-out", certificate],
  ]);

  let upstreamWritten = false;
  const site = (await readFile(DEPLOY_NGINX_CONF, "utf8"))
    .split("\n")
    .flatMap((line) => {
      if (/^\s*server 127\.0\.0\.1:\d+;/.test(line)) {
        if (upstreamWritten) return [];
        upstreamWritten = true;
        return upstreamPorts.map((p) => `    server 127.0.0.1:${p};`);
      }
      return [
        line
          .replace(/listen 443 /, `listen 127.0.0.1:${port} `)
          .replace(/ssl_certificate( +)\S+;/, `ssl_certificate$1${certificate};`)
          .replace(/ssl_certificate_key( +)\S+;/, `ssl_certificate_key$1${key};`),
      ];
    })
    .join("\n");
  if (!upstreamWritten || !site.includes(`listen 127.0.0.1:${port} `))
    throw new Error("deploy/nginx.conf has no upstream server or `listen 443` line to adapt");
  await writeFile(path.join(dir, "carnet.conf"), site);
  // What Debian's /etc/nginx/nginx.conf provides around a site file, kept inside the folder.
  const temp = path.join(dir, "temp");
  await writeFile(
    path.join(dir, "nginx.conf"),
    [
      `pid ${path.join(dir, "nginx.pid")};`,
      `error_log ${path.join(dir, "error.log")} warn;`,
      "worker_processes 1;",
      "events { worker_connections 256; }",
      "http {",
      "  access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${temp}/${t};`),
      `  include ${path.join(dir, "carnet.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  const child = spawn(
    "/usr/sbin/nginx",
    ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log"), "-g", "daemon off;"],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitUntilListening(child, port, async () => {
    const log = await readFile(path.join(dir, "error.log"), "utf8").catch(() => "");
    return `nginx did not start with deploy/nginx.conf:\n${output}${log}\n${site}`;
  });
  return {
    port,
    config: site,
    async stop() {
      if (child.exitCode === null) child.kill("SIGQUIT");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
