// Every process the harness starts is registered here and stopped by its pid (its own process group)
// at the end, also on failure, Ctrl+C or SIGTERM. Nothing is ever killed by name.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

/** pid -> label of the live processes we started (each the leader of its own process group). */
const live = new Map();

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    try {
      process.kill(pid, signal);
      return true;
    } catch {
      return false;
    }
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Registers a pid we did not spawn ourselves (e.g. the browser playwright started for us). */
export function track(pid, label) {
  if (pid) live.set(pid, label);
}

export function untrack(pid) {
  live.delete(pid);
}

/**
 * Starts a command in its own process group, output appended to logFile. Returns the child process.
 */
export function start(label, command, args, { env, cwd, logFile } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (logFile) {
    const log = createWriteStream(logFile, { flags: 'a' });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
  } else {
    child.stdout.resume();
    child.stderr.resume();
  }
  track(child.pid, label);
  child.on('exit', () => live.delete(child.pid));
  return child;
}

/** Stops one process group: SIGTERM, then SIGKILL after `graceMs`. */
export async function stop(pid, graceMs = 3000) {
  if (!pid) return;
  killGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) killGroup(pid, 'SIGKILL');
  live.delete(pid);
}

export async function stopAll() {
  await Promise.all([...live.keys()].map((pid) => stop(pid)));
}

/** Synchronous last resort (process 'exit' cannot wait). */
function stopAllNow() {
  for (const pid of live.keys()) killGroup(pid, 'SIGKILL');
  live.clear();
}

let installed = false;
let stopping = false;
/** True once a signal asked the run to stop (tests should not start any more). */
export const isStopping = () => stopping;
export function installSignalHandlers() {
  if (installed) return;
  installed = true;
  process.on('exit', stopAllNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, async () => {
      stopping = true;
      console.error(`\ne2e: ${signal}, stopping ${live.size} process(es): ${[...live].map(([p, l]) => `${l}=${p}`).join(' ')}`);
      await stopAll();
      process.exit(130);
    });
  }
  process.on('uncaughtException', async (error) => {
    console.error('e2e: uncaught', error);
    await stopAll();
    process.exit(1);
  });
}

export function liveProcesses() {
  return [...live].map(([pid, label]) => ({ pid, label }));
}
