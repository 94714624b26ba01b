import { PwGovernanceCharter } from '../elements/governance-charter/governance-charter.js';
import '../locales/index.js'; // German and Spanish, loaded when a page speaks them

export { PwGovernanceCharter };

// Guarded, so that a page that loads the script twice keeps working.
if (!customElements.get('pw-governance-charter')) customElements.define('pw-governance-charter', PwGovernanceCharter);

declare global {
  interface HTMLElementTagNameMap {
    'pw-governance-charter': PwGovernanceCharter;
  }
}
