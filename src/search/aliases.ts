/** The words people search for that no name holds, from geodata/search-aliases.json (checked by `npm run validate`). */
import aliasesJson from '../../geodata/search-aliases.json';
import type { SearchAlias } from '../data/schema.ts';

export const SEARCH_ALIASES: readonly SearchAlias[] = aliasesJson;
