import { PwOkrBuilder } from '../elements/okr-builder/okr-builder.js';
import '../locales/index.js'; // German and Spanish, loaded when a page speaks them

export { PwOkrBuilder };

// Guarded, so that a page that loads the script twice keeps working.
if (!customElements.get('pw-okr-builder')) customElements.define('pw-okr-builder', PwOkrBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'pw-okr-builder': PwOkrBuilder;
  }
}
