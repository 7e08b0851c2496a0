import type { AppState } from '../../app/store.ts';
import { atParam } from './at-param.ts';
import { compareParam } from './compare-param.ts';
import { entryParam } from './entry-param.ts';
import { industryParam } from './industry-param.ts';
import { langParam } from './lang-param.ts';
import { layersParam } from './layers-param.ts';
import { offlineBasemapParam } from './offline-basemap-param.ts';
import { panelParam } from './panel-param.ts';
import { paraParam } from './para-param.ts';
import type { UrlParam } from './param.ts';
import { preciseParam } from './precise-param.ts';
import { selectedParam } from './selected-param.ts';
import { swipeParam } from './swipe-param.ts';
import { viewParam } from './view-param.ts';
import { yearParam } from './year-param.ts';

/** Every URL parameter the atlas reads and writes, in the order they appear in a link. */
export const URL_PARAMS: UrlParam<keyof AppState>[] = [
  langParam,
  viewParam,
  layersParam,
  selectedParam,
  panelParam,
  industryParam,
  compareParam,
  paraParam,
  entryParam,
  atParam,
  preciseParam,
  offlineBasemapParam,
  yearParam,
  swipeParam,
] as UrlParam<keyof AppState>[];
