// The browser entry. Import order matters: the worker globals must exist before the card module
// (and so @hubspot/ui-extensions) is evaluated; ES modules are evaluated in import order.
import './worker-globals';
// `workbench:card` is the unmodified card module (or the fixture), chosen by the server's bundler.
import 'workbench:card';
import { createRoot } from 'react-dom/client';
import { App } from './page/App';

const container = document.getElementById('root');
if (container) createRoot(container).render(<App />);
