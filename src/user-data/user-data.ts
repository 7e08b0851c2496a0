/** The one store of the user's own data, kept in IndexedDB (in memory where there is none). */
import { indexedDbPersistence } from './indexed-db.ts';
import { memoryPersistence, UserDataStore } from './user-data-store.ts';

export const userData = new UserDataStore(
  typeof indexedDB === 'undefined' ? memoryPersistence() : indexedDbPersistence,
);
