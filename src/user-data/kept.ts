/** Where the user's data is kept, and whether a browser may hold any, asked without opening the store. */

/** The IndexedDB database of the user's data (indexed-db.ts). */
export const USER_DATA_DB = 'yongchuan-atlas-user';

/**
 * Whether this browser may hold kept layers or outlines: false only when it says it has no such
 * database, so that a first visit loads none of the code that reads and draws them.
 */
export async function mayHoldUserData(): Promise<boolean> {
  const databases = await indexedDB.databases?.().catch(() => undefined);
  return databases === undefined || databases.some((d) => d.name === USER_DATA_DB);
}
