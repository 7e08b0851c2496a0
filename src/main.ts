import '../styles/tokens.css';
import { installFontFaceCss } from './fonts/font-faces.ts';
import './shell/atlas-app.ts';

installFontFaceCss();
