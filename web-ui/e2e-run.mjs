// Runs the browser tests against the packaged app: starts backend/target/reachgraph.jar on a free port with an
// in-memory embedded MongoDB and a known admin, waits until it is healthy, runs `node --test e2e/`, stops the app.
// Used by the Maven build (integration-test phase); `npm run e2e` alone runs against an app you started yourself.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, openSync } from 'node:fs';
import { resolve } from 'node:path';

const jar = resolve(process.env.E2E_JAR ?? '../backend/target/reachgraph.jar');
const target = resolve(process.env.E2E_TARGET_DIR ?? '../backend/target');
const email = 'admin@reachgraph.test';
const password = 'e2e-admin-password-123';

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

async function waitHealthy(url, app, deadline) {
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`the app exited with code ${app.exitCode}; see ${target}/e2e-app.log`);
    try {
      const response = await fetch(`${url}/actuator/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not become healthy in time; see ${target}/e2e-app.log`);
}

const port = await freePort();
// ports the browser tests' own little web sites listen on: the crawler may reach loopback on these only
const sitePorts = [await freePort(), await freePort()];
const baseUrl = `http://127.0.0.1:${port}`;
mkdirSync(target, { recursive: true });
const log = openSync(`${target}/e2e-app.log`, 'w');
const app = spawn('java', ['-Xmx1g', '-jar', jar, `--server.port=${port}`, '--reachgraph.mongo.backend=memory',
  '--reachgraph.mongo.port=0', '--reachgraph.mail.smtp-port=0', '--reachgraph.mail.imap-port=0',
  `--reachgraph.jobs.upload-dir=${target}/e2e-uploads`, '--reachgraph.jobs.poll-interval=200ms',
  '--reachgraph.collect.crawler.allow-private-addresses=true', '--reachgraph.collect.crawler.crawl-delay=0s',
  `--reachgraph.collect.crawler.allowed-ports=${sitePorts.join(',')}`], {
  env: { ...process.env, REACHGRAPH_ADMIN_EMAIL: email, REACHGRAPH_ADMIN_PASSWORD: password },
  stdio: ['ignore', log, log],
});
let code = 1;
try {
  await waitHealthy(baseUrl, app, Date.now() + 120_000);
  code = await new Promise((ok) => {
    const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', 'e2e/'], {
      env: {
        ...process.env,
        E2E_BASE_URL: baseUrl,
        E2E_ADMIN_EMAIL: email,
        E2E_ADMIN_PASSWORD: password,
        E2E_SCREENSHOT_DIR: `${target}/e2e-screenshots`,
        E2E_SITE_PORT: String(sitePorts[0]),
        E2E_SITE_PORT_2: String(sitePorts[1]),
      },
      stdio: 'inherit',
    });
    tests.on('exit', (c) => ok(c ?? 1));
  });
} catch (error) {
  console.error(`e2e: ${error.message}`);
} finally {
  app.kill('SIGTERM');
  await new Promise((r) => {
    const timer = setTimeout(() => { app.kill('SIGKILL'); r(); }, 15_000);
    app.on('exit', () => { clearTimeout(timer); r(); });
  });
}
process.exit(code);
