/** The user's data in IndexedDB: one record, read at start and written whole on every change. */
import { USER_DATA_DB as DB } from './kept.ts';
import type { UserData, UserDataPersistence } from './user-data-store.ts';

const STORE = 'user-data';
const KEY = 'all';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = op(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export const indexedDbPersistence: UserDataPersistence = {
  async load() {
    return ((await run('readonly', (s) => s.get(KEY))) as UserData | undefined) ?? null;
  },
  async save(data) {
    await run('readwrite', (s) => s.put(data, KEY));
  },
  async clear() {
    await run('readwrite', (s) => s.delete(KEY));
  },
};
