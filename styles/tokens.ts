/** Design tokens shared by the map style and the legend; UI tokens live in tokens.css. */
export const palette = {
  land: '#f7f6f0',
  outside: '#c9ced6',
  neighbour: '#6b7482',
  destination: '#8a5a14',
  boundary: '#3d4654',
  label: '#1f2733',
  halo: '#ffffff',
  water: '#3b8fd9',
  highlight: '#ffb000',
  selected: '#d9480f',
  expansion: '#e8590c',
  newTown: '#0b8a65',
  newTownStructure: '#1098ad',
  urban: '#6741d9',
  park: '#1864ab',
  subpark: '#1c7ed6',
  logistics: '#b35c00',
  delivery: '#e67700',
  rail: '#2b2f36',
  station: '#2b2f36',
  expressway: '#c92a2a',
  trunkRoad: '#d9480f',
  waterway: '#1864ab',
  airport: '#5f3dc4',
  town: '#2b8a3e',
  township: '#495057',
  tourism: '#c2255c',
  vocational: '#9c36b5',
  mountain: '#5c940d',
  // Farming bases, agricultural projects, rural demonstration areas, regional cooperation
  agriBase: '#74b816',
  agriProject: '#0c8599',
  ruralDemo: '#f59f00',
  regional: '#364fc7',
  // City lakes and parks, protected areas, environmental, water and energy works
  cityLake: '#1c7ed6',
  cityPark: '#40c057',
  protectedArea: '#2b8a3e',
  environmentWorks: '#0c8599',
  waterWorks: '#1864ab',
  energy: '#f08c00',
  // Culture and tourism, education, health, sport, social services, public safety
  cultureTourism: '#d6336c',
  education: '#7048e8',
  health: '#0ca678',
  sport: '#74b816',
  socialServices: '#1098ad',
  publicSafety: '#364fc7',
  // The high-tech zone, open platforms, commerce, innovation, park and city projects, roads and transport
  highTechZone: '#364fc7',
  openPlatform: '#0b7285',
  commerce: '#d6336c',
  innovation: '#7048e8',
  parkInfrastructure: '#1971c2',
  cityProject: '#f08c00',
  roadProject: '#9c6644',
  transportProject: '#0ca678',
} as const;

/**
 * The font stack map labels use (`text-font`): Noto Sans SC Regular by its PostScript name, which
 * is also the folder of its pre-rendered glyphs and so must need no escaping in a URL.
 */
export const FONT = 'NotoSansSC-Regular';
