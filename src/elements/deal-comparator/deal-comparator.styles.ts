import { css } from 'lit';

export const dealComparatorStyles = css`
  :host {
    --_pw-leader: var(--pw-color-leader, #1f7a45);
    --_pw-leader-surface: color-mix(in srgb, var(--_pw-leader) 12%, var(--_pw-surface));
    --_pw-chart-text: var(--pw-chart-text, #ffffff);
    --_pw-c0: var(--pw-chart-1, #1d5fd1);
    --_pw-c1: var(--pw-chart-2, #a23b72);
    --_pw-c2: var(--pw-chart-3, #2e7d4f);
    --_pw-c3: var(--pw-chart-4, #a34f0b);
    --_pw-c4: var(--pw-chart-5, #6b4fbb);
    --_pw-c5: var(--pw-chart-6, #00707a);
    --_pw-c6: var(--pw-chart-7, #80560a);
    --_pw-c7: var(--pw-chart-8, #c0392b);
  }
  :host([theme='dark']) {
    --_pw-leader: var(--pw-color-leader, #7fd1a0);
    --_pw-chart-text: var(--pw-chart-text, #0b1220);
    --_pw-c0: var(--pw-chart-1, #8ab4ff);
    --_pw-c1: var(--pw-chart-2, #f28cc0);
    --_pw-c2: var(--pw-chart-3, #7fd1a0);
    --_pw-c3: var(--pw-chart-4, #f4a261);
    --_pw-c4: var(--pw-chart-5, #b8a4ff);
    --_pw-c5: var(--pw-chart-6, #5fd3d9);
    --_pw-c6: var(--pw-chart-7, #e2c275);
    --_pw-c7: var(--pw-chart-8, #ff8a80);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_pw-leader: var(--pw-color-leader, #7fd1a0);
      --_pw-chart-text: var(--pw-chart-text, #0b1220);
      --_pw-c0: var(--pw-chart-1, #8ab4ff);
      --_pw-c1: var(--pw-chart-2, #f28cc0);
      --_pw-c2: var(--pw-chart-3, #7fd1a0);
      --_pw-c3: var(--pw-chart-4, #f4a261);
      --_pw-c4: var(--pw-chart-5, #b8a4ff);
      --_pw-c5: var(--pw-chart-6, #5fd3d9);
      --_pw-c6: var(--pw-chart-7, #e2c275);
      --_pw-c7: var(--pw-chart-8, #ff8a80);
    }
  }
  h3 {
    font-size: 1.05em;
    margin: 0 0 calc(var(--_pw-space) / 2);
  }
  h4 {
    font-size: 1em;
    margin: 0;
  }
  .muted {
    color: var(--_pw-muted);
  }
  .small,
  .note {
    font-size: 0.875em;
  }
  .note {
    color: var(--_pw-muted);
    margin: var(--_pw-space) 0 0;
  }
  .ico {
    flex: none;
    vertical-align: -0.15em;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin: 0 0 calc(var(--_pw-space) * 1.5);
    padding: var(--_pw-space) calc(var(--_pw-space) * 1.5);
    border: 1px solid var(--_pw-border);
    border-inline-start: 4px solid var(--_pw-leader);
    border-radius: var(--_pw-radius);
    background: var(--_pw-leader-surface);
    font-weight: 600;
  }
  .summary[data-state='no-weight'],
  .summary[data-state='no-options'],
  .summary[data-state='no-criteria'],
  .summary[data-state='tied'] {
    border-inline-start-color: var(--_pw-muted);
    background: var(--_pw-warning-surface);
  }
  .missing-note {
    font-weight: 400;
    color: var(--_pw-muted);
  }
  .worksheet-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pw-space);
    margin-bottom: var(--_pw-space);
  }
  .currency {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin-inline-start: auto;
    font-size: 0.9em;
  }
  .field-notice:not(:empty) {
    display: flex;
    gap: 0.4em;
    align-items: center;
    color: var(--_pw-danger);
    font-weight: 600;
    margin: 0 0 var(--_pw-space);
  }
  .empty-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_pw-space);
  }
  section + section,
  section + .analysis,
  .analysis + section {
    margin-top: calc(var(--_pw-space) * 3);
  }
  .grid-section > p.muted {
    margin: 0 0 var(--_pw-space);
  }

  /* ── the grid ── */
  .scroll {
    overflow-x: auto;
    max-width: 100%;
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    font-size: 0.9em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--_pw-border);
  }
  thead th {
    background: var(--_pw-raised);
    font-weight: 600;
    vertical-align: bottom;
  }
  /* Fixed layout: a weight drag changes many cells, and a fixed table does not measure every cell again. */
  table.grid {
    --_crit: 12.5rem;
    --_weight: 14rem;
    --_opt: 7.5rem;
    table-layout: fixed;
    width: max(100%, calc(var(--_crit) + var(--_weight) + var(--options, 1) * var(--_opt)));
  }
  .c-crit {
    width: var(--_crit);
  }
  .c-weight {
    width: var(--_weight);
  }
  .grid-wrap {
    contain: content;
  }
  .panel {
    contain: layout paint;
  }
  .opt-name {
    display: block;
    overflow-wrap: anywhere;
  }
  .structure {
    display: block;
    font-weight: 400;
    font-size: 0.85em;
    color: var(--_pw-muted);
  }
  th.crit {
    font-weight: 600;
    background: var(--_pw-surface);
  }
  tbody tr:hover > * {
    background: var(--_pw-sunken);
  }
  textarea.crit-label,
  textarea.option-name {
    display: block;
    width: 100%;
    field-sizing: content;
    resize: none;
    font-weight: 600;
    min-height: 2rem;
  }
  tbody textarea {
    border-color: transparent;
    background: transparent;
  }
  tbody textarea:hover,
  tbody textarea:focus {
    border-color: var(--_pw-border);
    background: var(--_pw-surface);
  }
  .row-actions,
  .card-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem;
    margin-top: 0.2rem;
  }
  button.small {
    min-height: 1.75rem;
    font-size: 0.85em;
  }
  button.icon.small {
    min-width: 1.75rem;
    padding: 0.15em 0.3em;
  }
  button.danger:hover:not([aria-disabled='true']) {
    color: var(--_pw-danger);
    border-color: var(--_pw-danger);
  }
  .weight-controls {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .weight-slider {
    flex: 1 1 6rem;
    min-width: 5rem;
    min-height: 1.5rem;
    padding: 0;
    border: 0;
    background: transparent;
    accent-color: var(--_pw-accent);
  }
  input.weight-number {
    width: 4.25rem;
    flex: none;
    border-color: var(--_pw-border);
  }
  .share {
    min-width: 3.2em;
    text-align: end;
    font-variant-numeric: tabular-nums;
    color: var(--_pw-muted);
  }
  .weight-value {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  /* Where the leader holds, drawn under the slider: a band and a tick at the current weight. */
  .band {
    position: relative;
    display: block;
    height: 6px;
    margin-block: 0.25rem 0.15rem;
    margin-inline: 0 4.25rem;
    border-radius: 3px;
    background: var(--_pw-sunken);
    border: 1px solid var(--_pw-border);
  }
  .band-safe {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--lo, 0%);
    width: calc(var(--hi, 100%) - var(--lo, 0%));
    background: var(--_pw-leader);
    opacity: 0.55;
  }
  .band-at {
    position: absolute;
    top: -3px;
    bottom: -3px;
    inset-inline-start: var(--at, 0%);
    width: 2px;
    margin-inline-start: -1px;
    background: var(--_pw-text);
  }
  .hint {
    display: block;
    font-size: 0.8em;
    color: var(--_pw-muted);
  }
  td.score {
    text-align: center;
    vertical-align: middle;
  }
  input.score-input {
    width: 4.25rem;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  td.score[data-missing='true'] input.score-input {
    border: 1px dashed var(--_pw-danger);
  }
  .missing-tag {
    display: block;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_pw-danger);
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  tfoot th,
  tfoot td {
    border-bottom: 0;
    border-top: 2px solid var(--_pw-border);
    background: var(--_pw-raised);
    vertical-align: top;
  }
  td.total {
    text-align: center;
  }
  .total-value {
    display: block;
    font-size: 1.15em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .rank {
    display: block;
    font-size: 0.85em;
  }
  td.total[data-leader='true'] {
    background: var(--_pw-leader-surface);
    box-shadow: inset 0 3px 0 var(--_pw-leader);
  }
  .badge {
    display: inline-block;
    margin-top: 0.2rem;
    padding: 0.05em 0.5em;
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 700;
    border: 1px solid var(--_pw-border);
    white-space: nowrap;
  }
  .badge.leader {
    border-color: var(--_pw-leader);
    color: var(--_pw-text);
    background: var(--_pw-leader-surface);
  }
  .badge.leader::before {
    content: '★ ';
  }
  .badge.tied {
    border-style: dashed;
  }
  .missing-count {
    display: block;
    font-size: 0.8em;
    color: var(--_pw-danger);
  }
  .warn {
    color: var(--_pw-danger);
  }
  /* The first column stays in view while the options scroll, when there is room for it. */
  @container (min-width: 48rem) {
    th.crit,
    thead th:first-child,
    tfoot th {
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      box-shadow: inset -1px 0 0 var(--_pw-border);
    }
    :host(:dir(rtl)) th.crit,
    :host(:dir(rtl)) thead th:first-child,
    :host(:dir(rtl)) tfoot th {
      box-shadow: inset 1px 0 0 var(--_pw-border);
    }
    thead th:first-child {
      background: var(--_pw-raised);
    }
  }

  /* ── chart and sensitivity ── */
  /* A big comparison (20 options × 30 criteria) lays out only what is near the screen: score cells, the chart and
     sensitivity panels, and option cards far off screen are skipped (a weight change: 71 → 40 ms here). Each keeps
     the height it last had; their contents stay in the accessibility tree, in find in page, in the tab order and
     in print. The grid's criterion column is always laid out, so its rows keep their height; its columns are fixed. */
  table.grid tbody td {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 2.75rem;
  }
  .analysis > section,
  .option-card {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 30rem;
  }
  .analysis {
    display: grid;
    gap: calc(var(--_pw-space) * 2);
    grid-template-columns: minmax(0, 1fr);
    margin-top: calc(var(--_pw-space) * 3);
  }
  @container (min-width: 62rem) {
    .analysis {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
  .panel {
    background: var(--_pw-raised);
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
    padding: calc(var(--_pw-space) * 1.5);
    min-width: 0;
  }
  .analysis > section + section {
    margin-top: 0;
  }
  /* Its height is set from the layout, so the chart can be laid out on its own (contain: strict). */
  .chart-box {
    width: 100%;
    min-width: 0;
    contain: strict;
  }
  svg.bars {
    display: block;
    overflow: visible;
    font-size: 12px;
  }
  .grid-line {
    stroke: var(--_pw-border);
    stroke-dasharray: 2 3;
  }
  .tick {
    fill: var(--_pw-muted);
    font-size: 11px;
  }
  .bar {
    outline: none;
    cursor: default;
  }
  .bar-name {
    fill: var(--_pw-text);
    font-weight: 600;
    font-size: 12.5px;
  }
  .bar-tag {
    font-weight: 700;
    fill: var(--_pw-text);
  }
  .bar-value {
    fill: var(--_pw-text);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .track {
    fill: var(--_pw-sunken);
    stroke: var(--_pw-border);
  }
  .bar[data-leader='true'] .track {
    stroke: var(--_pw-leader);
    stroke-width: 2;
  }
  .focus-ring {
    fill: none;
    stroke: none;
  }
  .bar[data-selected='true'] .focus-ring {
    fill: var(--_pw-sunken);
  }
  .bar:focus-visible .focus-ring {
    stroke: var(--_pw-focus);
    stroke-width: 3;
  }
  .seg rect {
    stroke: var(--_pw-raised);
    stroke-width: 1.5;
  }
  .seg-number {
    fill: var(--_pw-chart-text);
    font-size: 11px;
    font-weight: 700;
    pointer-events: none;
  }
  [data-color='0'] { --_pw-seg: var(--_pw-c0); }
  [data-color='1'] { --_pw-seg: var(--_pw-c1); }
  [data-color='2'] { --_pw-seg: var(--_pw-c2); }
  [data-color='3'] { --_pw-seg: var(--_pw-c3); }
  [data-color='4'] { --_pw-seg: var(--_pw-c4); }
  [data-color='5'] { --_pw-seg: var(--_pw-c5); }
  [data-color='6'] { --_pw-seg: var(--_pw-c6); }
  [data-color='7'] { --_pw-seg: var(--_pw-c7); }
  .seg rect {
    fill: var(--_pw-seg);
  }
  .breakdown {
    font-size: 0.85em;
    margin: var(--_pw-space) 0;
    line-height: 1.5;
  }
  .legend {
    list-style: none;
    padding: 0;
    margin: var(--_pw-space) 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.25rem 1rem;
    font-size: 0.85em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend-label {
    flex: 1;
    min-width: 0;
  }
  .swatch {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.5em;
    height: 1.5em;
    border-radius: 3px;
    background: var(--_pw-seg);
    color: var(--_pw-chart-text);
    font-size: 0.85em;
    font-weight: 700;
  }
  details.chart-data summary {
    cursor: pointer;
    color: var(--_pw-accent);
    font-weight: 600;
    font-size: 0.9em;
    padding: 0.25rem 0;
  }
  details.chart-data .scroll {
    margin-top: var(--_pw-space);
  }
  table.data {
    width: 100%;
    background: var(--_pw-surface);
  }
  table.data caption {
    caption-side: top;
    text-align: start;
    font-size: 0.85em;
    color: var(--_pw-muted);
    padding: 0.3rem 0.5rem;
  }
  table.data tbody tr:last-child > * {
    border-bottom: 0;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .sensitivity p {
    margin: 0 0 var(--_pw-space);
  }
  .sensitivity td,
  .sensitivity th {
    font-size: 0.95em;
  }
  .sensitivity .who {
    display: block;
    font-size: 0.9em;
    color: var(--_pw-muted);
  }
  .delta {
    font-variant-numeric: tabular-nums;
  }
  .text {
    color: var(--_pw-text);
  }

  /* ── option cards ── */
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr));
    gap: calc(var(--_pw-space) * 1.5);
  }
  .option-card {
    display: flex;
    flex-direction: column;
    gap: var(--_pw-space);
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
    padding: var(--_pw-space) calc(var(--_pw-space) * 1.25);
    background: var(--_pw-surface);
  }
  .option-card[data-leader='true'] {
    border-color: var(--_pw-leader);
    box-shadow: inset 0 3px 0 var(--_pw-leader);
  }
  .card-head {
    display: flex;
    align-items: flex-start;
    gap: var(--_pw-space);
  }
  .option-title {
    flex: 1;
    min-width: 0;
  }
  .card-standing {
    text-align: end;
    font-size: 0.9em;
  }
  .card-standing .rank {
    white-space: nowrap;
  }
  .fields {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.4rem 0.6rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    min-width: 0;
  }
  .field.full {
    grid-column: 1 / -1;
  }
  .field-label {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_pw-muted);
  }
  .field input,
  .field select {
    width: 100%;
  }
  .field textarea {
    field-sizing: content;
    min-height: 2.5rem;
  }
  .formatted {
    font-size: 0.8em;
    color: var(--_pw-muted);
    font-variant-numeric: tabular-nums;
  }
  .terms-list {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.4rem 0.8rem;
    margin: 0;
  }
  .terms-list .full {
    grid-column: 1 / -1;
  }
  .terms-list dt {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_pw-muted);
  }
  .terms-list dd {
    margin: 0;
  }
  .card-actions {
    margin-top: auto;
    padding-top: 0.3rem;
    border-top: 1px solid var(--_pw-border);
  }
  .card-actions .duplicate {
    margin-inline-start: auto;
  }
  /* Narrow: each sensitivity row becomes a small card with its cells labelled. */
  @container (max-width: 36rem) {
    .sensitivity table,
    .sensitivity tbody,
    .sensitivity tr,
    .sensitivity th,
    .sensitivity td {
      display: block;
    }
    .sensitivity thead {
      display: none;
    }
    .sensitivity tr {
      border-bottom: 1px solid var(--_pw-border);
      padding: 0.25rem 0;
    }
    .sensitivity tr:last-child {
      border-bottom: 0;
    }
    .sensitivity th,
    .sensitivity td {
      border: 0;
      padding: 0.15rem 0.5rem;
      text-align: start;
    }
    .sensitivity td[data-label]::before {
      content: attr(data-label) ': ';
      font-weight: 600;
      color: var(--_pw-muted);
    }
  }
  @container (max-width: 30rem) {
    .fields,
    .terms-list {
      grid-template-columns: 1fr;
    }
    .currency {
      margin-inline-start: 0;
    }
    table.grid {
      --_crit: 10rem;
      --_weight: 12rem;
      --_opt: 6.5rem;
    }
  }
  @media (forced-colors: active) {
    .seg rect,
    .swatch,
    .band-safe {
      forced-color-adjust: none;
    }
    .badge,
    .track {
      border: 1px solid CanvasText;
    }
    .bar:focus-visible .focus-ring {
      stroke: Highlight;
    }
  }
  @media print {
    .analysis {
      grid-template-columns: 1fr;
    }
    .scroll {
      overflow: visible;
    }
    .row-actions,
    .card-actions,
    .worksheet-bar {
      display: none;
    }
  }
`;
