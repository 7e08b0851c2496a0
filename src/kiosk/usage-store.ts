/**
 * Keeps the usage figures (usage-figures.ts) in IndexedDB, on this machine only: one record a
 * day, updated in one transaction an event. A browser without IndexedDB (or with storage
 * refused) counts nothing and says so once on the console; the kiosk runs on regardless.
 */
import { type IDBPDatabase, openDB } from 'idb';
import { count, dayOf, emptyDay, type UsageDay, type UsageEvent } from './usage-figures.ts';

const DB = 'atlas-usage';
const STORE = 'days';

export class UsageStore {
  #db: Promise<IDBPDatabase | null>;
  /** Writes in order, so a test or the staff view reads what was counted before it asked. */
  #queue: Promise<void> = Promise.resolve();
  readonly #now: () => Date;

  constructor(now: () => Date = () => new Date()) {
    this.#now = now;
    this.#db = openDB(DB, 1, {
      upgrade: (db) => void db.createObjectStore(STORE, { keyPath: 'day' }),
    }).catch((err: unknown) => {
      console.warn('kiosk: usage figures are not kept (IndexedDB unavailable)', err);
      return null;
    });
  }

  record(event: UsageEvent): Promise<void> {
    this.#queue = this.#queue
      .then(async () => {
        const db = await this.#db;
        if (!db) return;
        const tx = db.transaction(STORE, 'readwrite');
        const day = dayOf(this.#now());
        const current = ((await tx.store.get(day)) as UsageDay | undefined) ?? emptyDay(day);
        await tx.store.put(count(current, event));
        await tx.done;
      })
      .catch((err: unknown) => console.warn('kiosk: a usage figure was not kept', err));
    return this.#queue;
  }

  /** Every day kept, once the writes asked for so far are done. */
  async days(): Promise<UsageDay[]> {
    await this.#queue;
    const db = await this.#db;
    return db ? ((await db.getAll(STORE)) as UsageDay[]) : [];
  }

  close(): void {
    void this.#db.then((db) => db?.close());
  }
}
