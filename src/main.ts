import '../styles/tokens.css';
import './shell/atlas-app.ts';

// An online basemap only when a link asks for one (src/basemap/): its code loads only then.
if (new URLSearchParams(location.search).has('basemap'))
  void import('./basemap/start-basemap.ts').then((m) => m.startBasemap(document.querySelector('atlas-app')!));
