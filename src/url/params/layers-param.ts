import { LAYER_IDS, type LayerId } from '../../data/vocabulary.ts';
import { fail, ok, quoteList, type UrlParam } from './param.ts';

const known = new Set<string>(LAYER_IDS);

/** Visible layers as a comma-separated list; an unknown id fails the whole parameter. */
export const layersParam: UrlParam<'layers'> = {
  name: 'layers',
  key: 'layers',
  parse(raw) {
    const ids = raw === '' ? [] : raw.split(',');
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) return fail('url.ignored.unknownLayer', { ids: quoteList(unknown) });
    return ok([...new Set(ids)] as LayerId[]);
  },
  serialize: (layers) => [...layers].sort().join(','),
};
