import '../styles/tokens.css';
import './shell/atlas-app.ts';
