import pg from 'pg';

/** A connection pool for the server's database; refuses anything but a postgres:// URL. */
export function openPool(url: string, max = 20): pg.Pool {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`--pg 须是 postgres:// 开头的连接地址，例如 postgres://dafu@127.0.0.1:5432/dafu（收到：${url}）`);
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000 });
  // An idle client losing its connection (PostgreSQL restarted) must not take the server down.
  pool.on('error', () => undefined);
  return pool;
}
