// MapLibre's controls are styled by its stylesheet, which the shell links into its shadow root as
// a file rather than inlined, so that it is not part of the JavaScript the page must parse.
import maplibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';

export { maplibreCssUrl };
