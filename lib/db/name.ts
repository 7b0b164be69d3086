/** The IndexedDB database's name, apart from database.ts so a reader without Dexie can use it. */
export const DATABASE_NAME = 'echt';
