import { PwSegmentationMatrix } from '../elements/segmentation-matrix/segmentation-matrix.js';
import '../locales/index.js'; // German and Spanish, loaded when a page speaks them

export { PwSegmentationMatrix };

// Guarded, so that a page that loads the script twice keeps working.
if (!customElements.get('pw-segmentation-matrix')) customElements.define('pw-segmentation-matrix', PwSegmentationMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'pw-segmentation-matrix': PwSegmentationMatrix;
  }
}
