import { css } from 'lit';

/**
 * Two tiers of theming: public `--pw-*` tokens a page may set, read once into private `--_pw-*` properties.
 * The dark defaults apply with `theme="dark"`, or with `theme="auto"` when the system prefers dark.
 */
const dark = css`
  --_pw-text: var(--pw-color-text, #e8ebf2);
  --_pw-muted: var(--pw-color-muted, #a9b1c2);
  --_pw-surface: var(--pw-color-surface, #151922);
  --_pw-raised: var(--pw-color-surface-raised, #1f2430);
  --_pw-sunken: var(--pw-color-surface-sunken, #10131a);
  --_pw-border: var(--pw-color-border, #3a4254);
  --_pw-accent: var(--pw-color-accent, #8ab4ff);
  --_pw-on-accent: var(--pw-color-on-accent, #0b1220);
  --_pw-focus: var(--pw-color-focus, #ffd166);
  --_pw-danger: var(--pw-color-danger, #ff8a8a);
  --_pw-danger-surface: var(--pw-color-danger-surface, #3a1d22);
  --_pw-warning-surface: var(--pw-color-warning-surface, #3a3117);
  --_pw-band-low: var(--pw-band-low, #1f5135);
  --_pw-band-medium: var(--pw-band-medium, #5e5016);
  --_pw-band-high: var(--pw-band-high, #7a3b12);
  --_pw-band-critical: var(--pw-band-critical, #86202c);
  --_pw-band-text: var(--pw-band-text, #ffffff);
  color-scheme: dark;
`;

export const tokens = css`
  :host {
    --_pw-font: var(--pw-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_pw-size: var(--pw-font-size, 0.9375rem);
    --_pw-radius: var(--pw-radius, 6px);
    --_pw-space: var(--pw-space, 0.5rem);
    --_pw-text: var(--pw-color-text, #1b2231);
    --_pw-muted: var(--pw-color-muted, #566073);
    --_pw-surface: var(--pw-color-surface, #ffffff);
    --_pw-raised: var(--pw-color-surface-raised, #f5f7fa);
    --_pw-sunken: var(--pw-color-surface-sunken, #eef1f5);
    --_pw-border: var(--pw-color-border, #c9d0db);
    --_pw-accent: var(--pw-color-accent, #1d5fd1);
    --_pw-on-accent: var(--pw-color-on-accent, #ffffff);
    --_pw-focus: var(--pw-color-focus, #1d5fd1);
    --_pw-danger: var(--pw-color-danger, #b3261e);
    --_pw-danger-surface: var(--pw-color-danger-surface, #fdecea);
    --_pw-warning-surface: var(--pw-color-warning-surface, #fff6d6);
    --_pw-band-low: var(--pw-band-low, #cdebd6);
    --_pw-band-medium: var(--pw-band-medium, #fbe7a1);
    --_pw-band-high: var(--pw-band-high, #f8c08f);
    --_pw-band-critical: var(--pw-band-critical, #f0a0a8);
    --_pw-band-text: var(--pw-band-text, #1b2231);
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
`;

/** The frame, toolbar, messages, buttons and fields every worksheet shares. */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--_pw-font);
    font-size: var(--_pw-size);
    line-height: 1.4;
    color: var(--_pw-text);
    background: var(--_pw-surface);
    border: 1px solid var(--_pw-border);
    border-radius: calc(var(--_pw-radius) * 1.5);
    padding: calc(var(--_pw-space) * 2);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* The icons (icons.ts): stroked in the text's colour. */
  .ico {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* A div, not <header>: several worksheets on one page must not each add a banner landmark. */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pw-space) calc(var(--_pw-space) * 2);
    margin-bottom: calc(var(--_pw-space) * 1.5);
  }
  .doc-title {
    flex: 1 1 16rem;
    min-width: 0;
    font-size: 1.25em;
    font-weight: 650;
    margin: 0;
  }
  .doc-title textarea {
    font: inherit;
    width: 100%;
    field-sizing: content;
    resize: none;
  }
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_pw-space) / 2);
  }
  .group {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_pw-space) / 2);
    padding-inline-start: var(--_pw-space);
    border-inline-start: 1px solid var(--_pw-border);
  }
  .group:first-child {
    border: 0;
    padding: 0;
  }
  .group-label {
    color: var(--_pw-muted);
    font-size: 0.85em;
  }
  .save-state {
    color: var(--_pw-muted);
    font-size: 0.85em;
    min-width: 5em;
  }
  .save-state[data-state='quota'],
  .save-state[data-state='conflict'],
  .save-state[data-state='unavailable'] {
    color: var(--_pw-danger);
    font-weight: 600;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  /*
   * What changes on every edit must not make the browser lay out the whole worksheet again (a chart of 2,000
   * points, a table of 1,000 rows): the announcement is laid out on its own (size and layout containment, and a
   * place that does not depend on the text before it), and the undo and redo buttons keep their layer when they
   * turn on or off (an opacity of 1 drops it, and adding or dropping a layer lays out the page).
   */
  .visually-hidden[aria-live] {
    top: 0;
    inset-inline-start: 0;
    contain: strict;
  }
  [part='toolbar'] button[aria-disabled] {
    will-change: opacity;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-height: 2rem;
    padding: 0.25em 0.7em;
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
    background: var(--_pw-raised);
    cursor: pointer;
  }
  button:hover:not(:disabled, [aria-disabled='true']) {
    border-color: var(--_pw-accent);
  }
  button:disabled,
  button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }
  button.primary {
    background: var(--_pw-accent);
    border-color: var(--_pw-accent);
    color: var(--_pw-on-accent);
  }
  button.icon {
    padding: 0.25em 0.45em;
    min-width: 2rem;
    justify-content: center;
  }
  input,
  select,
  textarea {
    background: var(--_pw-surface);
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
    padding: 0.25em 0.4em;
    min-height: 2rem;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
    width: 100%;
  }
  /* What people write takes its own direction: English notes stay readable on a right-to-left page, and Arabic
     or Hebrew notes on a left-to-right one. */
  textarea,
  input:not([type]),
  input[type='text'] {
    unicode-bidi: plaintext;
  }
  :focus-visible {
    outline: 3px solid var(--_pw-focus);
    outline-offset: 1px;
  }
  [part='message'] {
    border: 1px solid var(--_pw-danger);
    background: var(--_pw-danger-surface);
    border-radius: var(--_pw-radius);
    padding: var(--_pw-space) calc(var(--_pw-space) * 1.5);
    margin-bottom: calc(var(--_pw-space) * 1.5);
  }
  [part='message'][data-tone='warning'] {
    border-color: var(--_pw-border);
    background: var(--_pw-warning-surface);
  }
  [part='message'] p {
    margin: 0 0 0.3em;
    font-weight: 600;
  }
  [part='message'] ul {
    margin: 0.2em 0 0.4em;
    padding-inline-start: 1.2em;
  }
  [part='message'] code {
    font-size: 0.9em;
    word-break: break-all;
  }
  .message-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_pw-space) / 2);
    margin-top: calc(var(--_pw-space) / 2);
  }
  .empty p {
    margin: 0 0 var(--_pw-space);
  }
  .empty {
    color: var(--_pw-muted);
    padding: calc(var(--_pw-space) * 2);
    text-align: center;
    border: 1px dashed var(--_pw-border);
    border-radius: var(--_pw-radius);
  }
  /* A card's cell labels, set once on the table (card-labels.ts): the cell marked data-col="2" reads the second. */
  td[data-col='1'] {
    --_pw-label: var(--_pw-label-1);
  }
  td[data-col='2'] {
    --_pw-label: var(--_pw-label-2);
  }
  td[data-col='3'] {
    --_pw-label: var(--_pw-label-3);
  }
  td[data-col='4'] {
    --_pw-label: var(--_pw-label-4);
  }
  td[data-col='5'] {
    --_pw-label: var(--_pw-label-5);
  }
  td[data-col='6'] {
    --_pw-label: var(--_pw-label-6);
  }
  td[data-col='7'] {
    --_pw-label: var(--_pw-label-7);
  }
  td[data-col='8'] {
    --_pw-label: var(--_pw-label-8);
  }
  /* Narrow (a course column, a phone): a table marked .cards shows each row as a card, each cell labelled. */
  @container (max-width: 47.99rem) {
    .table-wrap:has(> table.cards) {
      overflow: visible;
      border: 0;
    }
    table.cards,
    table.cards tbody,
    table.cards tr,
    table.cards tbody th,
    table.cards td {
      display: block;
      min-width: 0;
    }
    table.cards colgroup,
    table.cards thead {
      display: none;
    }
    table.cards tbody tr {
      display: grid;
      grid-template-columns: 1fr 1fr;
      border: 1px solid var(--_pw-border);
      border-radius: var(--_pw-radius);
      margin-bottom: var(--_pw-space);
      padding: 0.25rem;
    }
    table.cards tbody th,
    table.cards td.wide,
    table.cards td.actions {
      grid-column: 1 / -1;
    }
    table.cards th,
    table.cards td {
      border: 0;
      padding: 0.3rem 0.4rem;
      text-align: start;
    }
    table.cards td[data-label]::before,
    table.cards td[data-col]::before {
      display: block;
      font-size: 0.8em;
      font-weight: 600;
      color: var(--_pw-muted);
    }
    table.cards td[data-label]::before {
      content: attr(data-label);
    }
    /* The labels of cells marked data-col, set once on the table (see card-labels.ts). */
    table.cards td[data-col]::before {
      content: var(--_pw-label);
    }
    table.cards td.actions {
      display: flex;
      justify-content: flex-end;
      gap: 0.25rem;
    }
  }
  @media (forced-colors: active) {
    :host {
      border-color: CanvasText;
    }
    button,
    input,
    select,
    textarea {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      border: 0;
      padding: 0;
    }
    [part='toolbar'],
    .no-print {
      display: none !important;
    }
  }
`;
