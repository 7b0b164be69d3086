import 'fake-indexeddb/auto';
import { EchtDatabase } from '../../../lib/db/database';
import { MIGRATIONS } from '../../../lib/db/migrations';

let counter = 0;
/** A database name no other test uses (fake-indexeddb is one global store per worker). */
export function freshName(prefix = 'echt-test'): string {
  return `${prefix}-${process.pid}-${Date.now()}-${counter++}`;
}

/** The database as the code of `version` would open it. */
export function databaseAt(name: string, version: number): EchtDatabase {
  return new EchtDatabase(name, { migrations: MIGRATIONS.filter((m) => m.version <= version) });
}

export async function countAll(database: EchtDatabase): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of database.tables) out[table.name] = await table.count();
  return out;
}
