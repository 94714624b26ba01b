/**
 * The languages the package ships besides English. Each is a separate module, loaded the first time a worksheet on
 * the page speaks it: an English page downloads no translations. The one-file bundle keeps them as files beside it
 * (`partnership-worksheets.bundle.de.js` …), which it loads from its own folder. `LANGUAGES` in core/hosted-page.ts
 * names the same languages, for the pages that ask for a language's file ahead (a test keeps the two alike).
 */
import { addTranslation, registerLocale } from '../core/i18n.js';

registerLocale('de', async () => addTranslation('de', ...(await import('./de.js')).default));
registerLocale('es', async () => addTranslation('es', ...(await import('./es.js')).default));
