import { css } from 'lit';

export const segmentationMatrixStyles = css`
  :host {
    --_pw-plot: var(--pw-chart-plot, var(--_pw-raised));
    --_pw-line: var(--pw-chart-line, #8a93a3);
  }
  h3 {
    font-size: 1em;
    margin: 0;
  }
  .matrix-layout {
    display: grid;
    gap: calc(var(--_pw-space) * 2);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 52rem) {
    .matrix-layout {
      grid-template-columns: minmax(0, 1fr) 20rem;
      align-items: start;
    }
  }
  .chart-bar {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: var(--_pw-space);
    margin-bottom: var(--_pw-space);
  }
  .summary {
    color: var(--_pw-muted);
    font-size: 0.9em;
  }
  .chart-frame {
    width: 100%;
    min-width: 0;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    user-select: none;
    -webkit-user-select: none;
    font-size: 12px;
  }
  .plot {
    fill: var(--_pw-plot);
    stroke: var(--_pw-line);
  }
  .threshold {
    stroke: var(--_pw-line);
    stroke-dasharray: 4 4;
  }
  .quadrant {
    fill: var(--_pw-muted);
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_pw-plot);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .quadrant .count {
    font-weight: 700;
    fill: var(--_pw-text);
  }
  .end {
    fill: var(--_pw-muted);
  }
  .axis-label {
    fill: var(--_pw-text);
    font-weight: 600;
  }
  .point {
    cursor: grab;
    outline: none;
    touch-action: none;
  }
  :host([readonly]) .point {
    cursor: pointer;
  }
  .point:active {
    cursor: grabbing;
  }
  .point .hit {
    fill: transparent;
  }
  .point .mark {
    fill-opacity: 0.88;
    stroke: var(--_pw-text);
    stroke-width: 1;
  }
  .point:hover .mark {
    stroke-width: 2;
  }
  .point:focus-visible .hit {
    stroke: var(--_pw-focus);
    stroke-width: 3;
  }
  .point .ring {
    fill: none;
    stroke: var(--_pw-text);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  .label {
    fill: var(--_pw-text);
    pointer-events: none;
    paint-order: stroke;
    stroke: var(--_pw-plot);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .leader {
    stroke: var(--_pw-line);
  }
  .hint {
    color: var(--_pw-muted);
    font-size: 0.85em;
    margin: var(--_pw-space) 0 0;
  }
  .side {
    display: grid;
    gap: calc(var(--_pw-space) * 1.5);
  }
  .legend,
  .details {
    background: var(--_pw-raised);
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
    padding: var(--_pw-space) calc(var(--_pw-space) * 1.25);
  }
  .legend ul {
    list-style: none;
    margin: 0 0 var(--_pw-space);
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.2rem;
    cursor: pointer;
  }
  .toggle input {
    min-height: 0;
    margin: 0;
  }
  .symbol path {
    stroke: var(--_pw-text);
    stroke-width: 1;
  }
  .segment-name {
    flex: 1 1 0;
    min-width: 0;
    width: 0;
  }
  input.segment-name {
    min-height: 1.9rem;
    border-color: transparent;
    background: transparent;
  }
  input.segment-name:hover,
  input.segment-name:focus {
    border-color: var(--_pw-border);
    background: var(--_pw-surface);
  }
  input[type='color'] {
    width: 2rem;
    height: 1.9rem;
    padding: 0.1rem;
  }
  .segment-count {
    min-width: 1.5em;
    text-align: end;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  /* A hidden segment: struck through (not only faded), and its text keeps its contrast. */
  li:has(input[type='checkbox']:not(:checked)) .segment-name {
    text-decoration: line-through;
  }
  li:has(input[type='checkbox']:not(:checked)) .symbol {
    opacity: 0.35;
  }
  .details-head {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_pw-space);
    margin-bottom: var(--_pw-space);
  }
  .fields {
    display: grid;
    grid-template-columns: 1fr 1fr 1fr;
    gap: 0.5rem;
  }
  .fields label {
    display: grid;
    gap: 0.15rem;
    font-size: 0.85em;
    color: var(--_pw-muted);
  }
  .fields input,
  .fields select,
  .fields textarea {
    color: var(--_pw-text);
    font-size: 1.1em;
    width: 100%;
    min-width: 0;
  }
  .fields .wide {
    grid-column: 1 / -1;
  }
  textarea.details-name {
    field-sizing: content;
    resize: none;
  }
  .quadrant-note {
    grid-column: 1 / -1;
    margin: 0;
    font-size: 0.9em;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.2rem 0.75rem;
    margin: 0;
  }
  dt {
    color: var(--_pw-muted);
  }
  dd {
    margin: 0;
  }
  .extra {
    margin-top: var(--_pw-space);
    padding-top: var(--_pw-space);
    border-top: 1px solid var(--_pw-border);
    font-size: 0.85em;
  }
  .extra-title {
    grid-column: 1 / -1;
    font-weight: 600;
  }
  .details-actions {
    display: flex;
    gap: 0.5rem;
    margin-top: var(--_pw-space);
  }
  button.danger:hover {
    color: var(--_pw-danger);
    border-color: var(--_pw-danger);
  }
  .labels-editor {
    margin-top: calc(var(--_pw-space) * 1.5);
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
    padding: var(--_pw-space) calc(var(--_pw-space) * 1.25);
  }
  .labels-editor summary {
    cursor: pointer;
    font-weight: 600;
  }
  .labels-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--_pw-space);
    margin-top: var(--_pw-space);
  }
  fieldset {
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
    display: grid;
    gap: 0.35rem;
    margin: 0;
  }
  fieldset label {
    display: grid;
    font-size: 0.85em;
    color: var(--_pw-muted);
  }
  fieldset textarea {
    color: var(--_pw-text);
    field-sizing: content;
    resize: none;
  }
  .table-title {
    margin: calc(var(--_pw-space) * 2) 0 var(--_pw-space);
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    min-width: 44rem;
    font-size: 0.9em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--_pw-border);
  }
  thead th {
    background: var(--_pw-raised);
    white-space: nowrap;
  }
  tbody th {
    font-weight: 600;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td input[type='number'] {
    width: 5rem;
    text-align: end;
  }
  tbody textarea {
    width: 100%;
    field-sizing: content;
    resize: none;
    border-color: transparent;
    background: transparent;
  }
  tbody textarea.name {
    font-weight: 600;
  }
  tbody textarea:hover,
  tbody textarea:focus,
  tbody input:hover,
  tbody input:focus {
    border-color: var(--_pw-border);
    background: var(--_pw-surface);
  }
  tr.selected {
    background: var(--_pw-sunken);
  }
  .actions {
    white-space: nowrap;
  }
  .more {
    color: var(--_pw-muted);
    display: flex;
    align-items: center;
    gap: var(--_pw-space);
  }
  .empty {
    margin-top: var(--_pw-space);
  }
  @media (forced-colors: active) {
    .point .mark {
      forced-color-adjust: none;
      stroke: CanvasText;
    }
    .point:focus-visible .hit {
      stroke: Highlight;
    }
    .plot {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
