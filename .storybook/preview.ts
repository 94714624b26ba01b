import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';

// The manifest, generated from the JSDoc in src/, fills the docs tables and the controls.
setCustomElementsManifest(manifest);

/**
 * The toolbar's language and direction: every story sits in an element carrying `lang` and `dir`, as a course page
 * would, so the worksheets follow them the way they follow a page.
 */
const withLanguage: Decorator = (story, { globals }) =>
  html`<div class="pw-story-locale" lang=${globals.locale ?? 'en'} dir=${globals.direction ?? 'ltr'}>${story()}</div>`;

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Accessibility violations fail the story tests.
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Worksheets', 'Languages'] } },
  },
  globalTypes: {
    locale: {
      description: 'Language of the worksheets (the lang attribute around each story)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', right: 'en', title: 'English' },
          { value: 'de', right: 'de', title: 'Deutsch' },
          { value: 'es', right: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction (the dir attribute around each story)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'ltr' },
  decorators: [withLanguage],
};

export default preview;
