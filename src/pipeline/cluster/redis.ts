/**
 * Where the cluster's queue lives: a Redis URL (`--redis`, default a Redis on this machine's
 * loopback). Any Redis the user points at works; a local build never needs one.
 */

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** Where and how to connect: a plain object both BullMQ and ioredis (the worker's own client) take. */
export interface RedisTarget {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
  tls?: Record<string, never>;
  maxRetriesPerRequest: null;
}

/** Connection options for BullMQ from `redis://[user:password@]host[:port][/db]` (or rediss:// for TLS). */
export function redisConnection(url: string): RedisTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--redis needs a URL such as ${DEFAULT_REDIS_URL}, not "${url}"`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new Error(`--redis needs a redis:// or rediss:// URL, not "${url}"`);
  const db = parsed.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db))
    throw new Error(`--redis: the database after the host is a number, not "${db}"`);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    // Workers wait out a Redis restart instead of failing their commands (BullMQ's advice for workers).
    maxRetriesPerRequest: null,
  };
}
