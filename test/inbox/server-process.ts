/** `node demo/server.mjs` as a child process on a free loopback port, for the multi-process test and the bench. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const serverScript = fileURLToPath(new URL('../../demo/server.mjs', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  /** SIGTERM (a clean stop) unless another signal is named; resolves once it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Resolves once the server says where it listens (it has migrated its database by then). */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [serverScript], {
    env: { ...process.env, PORT: '0', DATABASE_URL: '', DATA_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 120 s:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const port = /Demo: http:\/\/localhost:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code ?? signal}):\n${output}`));
    });
  });
  return {
    child,
    base,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      await exited;
    },
  };
}
