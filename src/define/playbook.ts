import { PwPlaybook } from '../elements/playbook/playbook.js';
import '../locales/index.js'; // German and Spanish, loaded when a page speaks them

export { PwPlaybook };

// Guarded, so that a page that loads the script twice keeps working.
if (!customElements.get('pw-playbook')) customElements.define('pw-playbook', PwPlaybook);

declare global {
  interface HTMLElementTagNameMap {
    'pw-playbook': PwPlaybook;
  }
}
