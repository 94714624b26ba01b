import { PwDealComparator } from '../elements/deal-comparator/deal-comparator.js';
import '../locales/index.js'; // German and Spanish, loaded when a page speaks them

export { PwDealComparator };

// Guarded, so that a page that loads the script twice keeps working.
if (!customElements.get('pw-deal-comparator')) customElements.define('pw-deal-comparator', PwDealComparator);

declare global {
  interface HTMLElementTagNameMap {
    'pw-deal-comparator': PwDealComparator;
  }
}
