import { PwRiskRegister } from '../elements/risk-register/risk-register.js';
import '../locales/index.js'; // German and Spanish, loaded when a page speaks them

export { PwRiskRegister };

// Guarded, so that a page that loads the script twice keeps working.
if (!customElements.get('pw-risk-register')) customElements.define('pw-risk-register', PwRiskRegister);

declare global {
  interface HTMLElementTagNameMap {
    'pw-risk-register': PwRiskRegister;
  }
}
