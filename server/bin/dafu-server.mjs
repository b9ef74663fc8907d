#!/usr/bin/env node
// `dafu-server <step> …`: the team server from a checkout or an unpacked release of this repository
// (npm ci first). Runs server/main.ts under tsx; never part of the packaged desktop app. SIGINT and
// SIGTERM (systemd's stop) are passed on, so the server closes its connections before exiting.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server', 'main.ts'), ...process.argv.slice(2)], { cwd: process.cwd(), stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
