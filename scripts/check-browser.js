// Fails fast, in one line, when no browser is installed.
import { requireChrome } from './chrome.js';

requireChrome();
