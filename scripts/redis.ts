/**
 * A real Redis (Debian's redis-server) on a free loopback port, for the cluster test and the
 * cluster benchmark, which start and stop it. Its data is written to an append-only file in
 * `dir`, so a stop and a start keep the queue: the cluster test stops it mid-run and starts it
 * again on the same port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const BINARY = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

export interface LocalRedis {
  url: string;
  port: number;
  /** Shut it down (its data saved) and wait until it is gone. */
  stop: () => Promise<void>;
  /** Start it again on the same port with the same data. */
  start: () => Promise<void>;
}

/** A free TCP port on 127.0.0.1 (the OS picks it; released before Redis takes it). */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

export async function startRedis(dir: string): Promise<LocalRedis> {
  if (!existsSync(BINARY))
    throw new Error(`${BINARY} is missing: install Debian's redis-server package (.ci/run does)`);
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async (): Promise<void> => {
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--protected-mode',
      'yes',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'always',
      '--save',
      '',
      '--daemonize',
      'no',
    ];
    const proc = spawn(BINARY, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    await new Promise<void>((ready, fail) => {
      let output = '';
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) ready();
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      proc.once('exit', (code) =>
        fail(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)),
      );
    });
  };
  const stop = async (): Promise<void> => {
    const proc = child;
    if (!proc || proc.exitCode !== null) return;
    const gone = new Promise((done) => proc.once('exit', done));
    // SHUTDOWN writes the append-only file; SIGTERM does the same if the client is missing.
    const asked = spawnSync('redis-cli', ['-p', String(port), 'shutdown'], { encoding: 'utf8' });
    if (asked.error) proc.kill('SIGTERM');
    await gone;
    child = null;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, stop, start };
}
