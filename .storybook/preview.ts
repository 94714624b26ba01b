import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

// The manifest, generated from the JSDoc in src/, fills the docs tables and the controls.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Accessibility violations fail the story tests.
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Worksheets'] } },
  },
};

export default preview;
