import '../styles/tokens.css';
import { installFontFaceCss } from './fonts/font-faces.ts';
import './components/atlas-app.ts';

installFontFaceCss();
