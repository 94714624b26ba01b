import { css } from 'lit';

export const riskRegisterStyles = css`
  .layout {
    display: grid;
    gap: calc(var(--_pw-space) * 2);
    grid-template-columns: minmax(0, 1fr);
  }
  /* Beside the table when there is room for both; above it otherwise. */
  @container (min-width: 84rem) {
    .layout {
      grid-template-columns: 18rem minmax(0, 1fr);
      align-items: start;
    }
  }
  @container (min-width: 40rem) and (max-width: 83.99rem) {
    /* (.layout > : outranks the base .overview rule below, which caps its width.) */
    .layout > .overview {
      display: grid;
      grid-template-columns: minmax(15rem, 19rem) minmax(12rem, 1fr);
      column-gap: calc(var(--_pw-space) * 3);
      max-width: none;
    }
    .overview > .chart-head,
    .overview > .heat-map,
    .overview > .note {
      grid-column: 1;
    }
    .overview > .legend {
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: start;
      grid-template-columns: 1fr;
      max-width: 16rem;
      margin-top: 0;
    }
    .overview > .summary {
      grid-column: 2;
      grid-row: 2;
      align-self: end;
      max-width: 16rem;
    }
  }
  h3 {
    font-size: 1em;
    margin: 0;
  }
  .overview {
    background: var(--_pw-raised);
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
    padding: calc(var(--_pw-space) * 1.5);
    max-width: 26rem;
  }
  .chart-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_pw-space);
    margin-bottom: var(--_pw-space);
  }
  .segmented {
    display: inline-flex;
  }
  .segmented button {
    border-radius: 0;
    min-height: 1.75rem;
    font-size: 0.85em;
  }
  .segmented button:first-child {
    border-start-start-radius: var(--_pw-radius);
    border-end-start-radius: var(--_pw-radius);
  }
  .segmented button:last-child {
    border-start-end-radius: var(--_pw-radius);
    border-end-end-radius: var(--_pw-radius);
    margin-inline-start: -1px;
  }
  .segmented button[aria-pressed='true'] {
    background: var(--_pw-accent);
    border-color: var(--_pw-accent);
    color: var(--_pw-on-accent);
    font-weight: 600;
  }
  .heat-map {
    display: grid;
    grid-template-columns: 1.2rem 1fr;
    grid-template-rows: 1fr auto;
    gap: 0.25rem;
  }
  /* Axis labels: the words come from the locale's messages, the arrow is drawn apart so that it points the way
     the values rise (up; towards the inline end, which is the left when the grid is mirrored right to left). */
  .axis-y,
  .axis-x {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.3em;
    color: var(--_pw-muted);
    font-size: 0.8em;
  }
  .axis-y {
    flex-direction: column-reverse;
  }
  .axis-y .axis-text {
    writing-mode: vertical-rl;
    transform: rotate(180deg);
  }
  .axis-x {
    grid-column: 2;
  }
  .grid {
    display: grid;
    grid-template-columns: 1rem repeat(5, minmax(2.6rem, 1fr));
    gap: 3px;
  }
  .row-label,
  .col-label {
    display: grid;
    place-items: center;
    color: var(--_pw-muted);
    font-size: 0.8em;
  }
  .cell {
    position: relative;
    display: grid;
    place-items: center;
    aspect-ratio: 1;
    min-height: 2.6rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 4px;
    color: var(--_pw-band-text);
    font-variant-numeric: tabular-nums;
  }
  .cell .score {
    position: absolute;
    inset-block-start: 2px;
    inset-inline-start: 4px;
    font-size: 0.68em;
    opacity: 0.85;
  }
  .cell .count {
    font-size: 1.15em;
    font-weight: 700;
    padding-top: 0.4em;
  }
  .cell[data-count='0'] .count {
    opacity: 0.4;
    font-weight: 400;
    font-size: 0.9em;
  }
  .cell[aria-pressed='true'] {
    outline: 3px solid var(--_pw-text);
    outline-offset: -3px;
  }
  .cell:focus-visible {
    outline: 3px solid var(--_pw-focus);
    outline-offset: 1px;
    z-index: 1;
  }
  [data-band='low'] {
    background: var(--_pw-band-low);
  }
  [data-band='medium'] {
    background: var(--_pw-band-medium);
  }
  [data-band='high'] {
    background: var(--_pw-band-high);
  }
  [data-band='critical'] {
    background: var(--_pw-band-critical);
  }
  .legend {
    list-style: none;
    padding: 0;
    margin: calc(var(--_pw-space) * 1.5) 0 0;
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.25rem 1rem;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    width: 0.9em;
    height: 0.9em;
    border-radius: 2px;
    border: 1px solid var(--_pw-border);
  }
  .band-count {
    margin-inline-start: auto;
  }
  .muted,
  .note {
    color: var(--_pw-muted);
  }
  .note {
    font-size: 0.85em;
    margin: var(--_pw-space) 0 0;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: calc(var(--_pw-space) * 1.5) 0 0;
    padding-top: var(--_pw-space);
    border-top: 1px solid var(--_pw-border);
    font-size: 0.875em;
  }
  .register {
    min-width: 0;
  }
  .register-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pw-space);
    margin-bottom: var(--_pw-space);
  }
  .filter {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.2em;
    padding-inline: 0.7em 0.2em;
    border-radius: var(--_pw-radius);
    background: var(--_pw-sunken);
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
  }
  table {
    border-collapse: collapse;
    table-layout: fixed;
    width: 100%;
    /* Wide enough for two ratings and a date; below 48rem the rows become cards (core .cards). */
    min-width: 52rem;
    font-size: 0.9em;
  }
  .c-risk {
    width: 27%;
  }
  .c-rating {
    width: 8.5rem;
  }
  .c-response {
    width: 24%;
  }
  .c-owner {
    width: 14%;
  }
  .c-status {
    width: 9.5rem;
  }
  .c-actions {
    width: 3.25rem;
  }
  td select,
  th select,
  td input,
  th input {
    width: 100%;
  }
  td.rating select {
    width: auto;
  }
  th.risk select {
    margin-top: 0.2rem;
    width: auto;
    font-size: 0.9em;
    color: var(--_pw-muted);
  }
  .category {
    display: inline-block;
    font-size: 0.85em;
    color: var(--_pw-muted);
    margin: 0.1rem 0;
  }
  .date {
    display: block;
    font-size: 0.9em;
    color: var(--_pw-muted);
  }
  .status {
    font-weight: 600;
  }
  .two-sorts {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
  }
  .ico {
    flex: none;
    vertical-align: -0.15em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.45rem 0.5rem;
    border-bottom: 1px solid var(--_pw-border);
  }
  thead th {
    background: var(--_pw-raised);
    font-weight: 600;
    white-space: nowrap;
    position: sticky;
    top: 0;
  }
  tbody tr:last-child > * {
    border-bottom: 0;
  }
  tbody tr:hover {
    background: var(--_pw-sunken);
  }
  th.risk {
    font-weight: normal;
  }
  th.risk .title,
  .readonly-title {
    font-weight: 600;
  }
  tbody input,
  tbody select,
  tbody textarea {
    border-color: transparent;
    background: transparent;
  }
  tbody input:hover,
  tbody select:hover,
  tbody textarea:hover,
  tbody input:focus,
  tbody select:focus,
  tbody textarea:focus {
    border-color: var(--_pw-border);
    background: var(--_pw-surface);
  }
  tbody textarea {
    display: block;
    margin-top: 0.2rem;
    font-size: 0.95em;
    color: var(--_pw-muted);
    field-sizing: content;
    min-height: 2rem;
    resize: none;
  }
  tbody textarea.owner {
    margin-top: 0;
    color: var(--_pw-text);
  }
  tbody textarea.title {
    margin-top: 0;
    font-size: 1em;
    font-weight: 600;
    color: var(--_pw-text);
  }
  th.risk span.title {
    display: block;
  }
  .description {
    display: block;
    color: var(--_pw-muted);
  }
  .rating {
    white-space: nowrap;
  }
  .pair {
    display: inline-flex;
    align-items: center;
    gap: 0.15rem;
  }
  .badge {
    display: inline-block;
    margin-top: 0.25rem;
    padding: 0.05em 0.45em;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_pw-band-text);
    border: 1px solid transparent;
    white-space: nowrap;
  }
  td.rating .badge {
    display: block;
    width: fit-content;
  }
  .badge[data-band='none'] {
    background: transparent;
    border: 1px dashed var(--_pw-border);
    color: var(--_pw-muted);
    font-weight: 400;
  }
  .overdue {
    color: var(--_pw-danger);
    font-weight: 600;
    display: block;
    font-size: 0.85em;
    margin-top: 0.2rem;
  }
  .summary .overdue {
    display: inline;
    margin: 0;
    font-size: inherit;
  }
  /* In the table, duplicate above delete: a narrow column leaves the text columns their room. (Cards, below
     48rem, lay the buttons out in a row.) */
  @container (min-width: 48rem) {
    td.actions > button {
      display: flex;
      margin: 0 auto 0.25rem;
    }
    /* A long register lays out only the cells near the screen: an edit in a 1,000-row table otherwise lays out
       every row again (46 ms here, 10 ms this way). The row header stays laid out, so a row keeps its height; a
       cell far off screen keeps the height it last had. Its contents stay in the accessibility tree, in find in
       page, in the tab order and in print (the same pages and text as without this rule). */
    tbody td {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 3rem;
    }
  }
  button.sort {
    border: 0;
    background: transparent;
    padding: 0;
    min-height: 0;
    font-weight: 600;
  }
  .sort-icon {
    color: var(--_pw-muted);
    font-size: 0.8em;
  }
  button.danger:hover {
    color: var(--_pw-danger);
    border-color: var(--_pw-danger);
  }
  @media (forced-colors: active) {
    .cell,
    .badge,
    .swatch {
      border: 1px solid CanvasText;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
    .cell[aria-pressed='true'] {
      outline-color: Highlight;
    }
  }
  @media print {
    .layout {
      grid-template-columns: 1fr;
    }
    table {
      min-width: 0;
    }
    .table-wrap {
      overflow: visible;
    }
  }
  .drawing {
    margin: calc(var(--_pw-space) * 2) 0 0;
    color: var(--_pw-muted);
    font-size: 0.875rem;
  }
`;
