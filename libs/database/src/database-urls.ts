/** Every service has its own database on the shared server: `buurtvolk_<service>`. */
export function serviceDatabaseName(service: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(service)) throw new Error(`Invalid service name for a database: ${service}`);
  return `buurtvolk_${service}`;
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Where a service's database lives: `<SERVICE>_DATABASE_URL` if set, otherwise its own database on the
 * server named by `DATABASE_URL`.
 */
export function serviceDatabaseUrl(service: string, env: NodeJS.ProcessEnv = process.env): string {
  const own = env[`${service.toUpperCase()}_DATABASE_URL`];
  if (own) return own;
  const server = env.DATABASE_URL;
  if (!server) {
    throw new Error(
      `Neither ${service.toUpperCase()}_DATABASE_URL nor DATABASE_URL is set. Start everything with "npm start", or point DATABASE_URL at a PostgreSQL server.`,
    );
  }
  return withDatabase(server, serviceDatabaseName(service));
}
