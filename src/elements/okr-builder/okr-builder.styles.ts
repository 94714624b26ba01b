import { css } from 'lit';

export const okrBuilderStyles = css`
  :host {
    --_okr-green: var(--pw-okr-green, var(--_pw-band-low));
    --_okr-yellow: var(--pw-okr-yellow, var(--_pw-band-medium));
    --_okr-red: var(--pw-okr-red, var(--_pw-band-critical));
    --_okr-meter: var(--pw-okr-meter, var(--_pw-accent));
  }
  h3,
  h4 {
    margin: 0;
    font-size: 1em;
  }
  .muted {
    color: var(--_pw-muted);
  }
  button.small {
    min-height: 1.75rem;
    min-width: 1.75rem;
    padding: 0.15em 0.35em;
  }
  button.danger:hover:not([aria-disabled='true']) {
    border-color: var(--_pw-danger);
    color: var(--_pw-danger);
  }
  .setup-label,
  .owners-label {
    color: var(--_pw-muted);
    font-size: 0.85em;
    font-weight: 600;
  }

  /* ── period and teams ─────────────────────────────────────────── */
  .setup {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_pw-space) calc(var(--_pw-space) * 3);
    margin-bottom: calc(var(--_pw-space) * 1.5);
  }
  .setup p {
    margin: 0;
  }
  .period {
    display: grid;
    gap: 0.2rem;
  }
  .period input {
    width: 9rem;
  }
  .teams {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem var(--_pw-space);
  }
  .teams legend {
    padding: 0;
    margin-bottom: 0.2rem;
    float: inline-start;
    width: 100%;
  }
  .teams ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--_pw-space);
  }
  .teams li {
    display: flex;
    align-items: center;
    gap: 0.2rem;
  }
  .teams input {
    width: 11rem;
  }

  /* ── summary ──────────────────────────────────────────────────── */
  .summary {
    background: var(--_pw-raised);
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
    padding: var(--_pw-space) calc(var(--_pw-space) * 1.5);
    margin-bottom: calc(var(--_pw-space) * 1.5);
  }
  .sheet-stats {
    margin: 0.2rem 0 var(--_pw-space);
    color: var(--_pw-muted);
  }
  .sheet-stats strong {
    color: var(--_pw-text);
  }
  .team-table {
    border-collapse: collapse;
    width: 100%;
    max-width: 52rem;
  }
  .team-table th,
  .team-table td {
    text-align: start;
    padding: 0.3rem 0.5rem;
    border-top: 1px solid var(--_pw-border);
    vertical-align: middle;
  }
  .team-table thead th {
    border-top: 0;
    font-size: 0.85em;
    color: var(--_pw-muted);
  }
  .count-note {
    font-size: 0.85em;
    margin-inline-start: 0.3em;
    white-space: nowrap;
  }

  /* ── bands ────────────────────────────────────────────────────── */
  .band-badge {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    padding: 0.1em 0.55em;
    border-radius: 999px;
    border: 1px solid var(--_pw-border);
    color: var(--_pw-band-text);
    font-size: 0.875em;
  }
  .band-badge[data-band='green'] {
    background: var(--_okr-green);
  }
  .band-badge[data-band='yellow'] {
    background: var(--_okr-yellow);
  }
  .band-badge[data-band='red'] {
    background: var(--_okr-red);
  }
  .band-badge[data-band='none'] {
    color: var(--_pw-muted);
    background: var(--_pw-sunken);
  }
  .joint-badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid var(--_pw-accent);
    color: var(--_pw-accent);
    border-radius: var(--_pw-radius);
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }

  /* ── bar ──────────────────────────────────────────────────────── */
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pw-space) calc(var(--_pw-space) * 1.5);
    margin-bottom: var(--_pw-space);
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    /* A long team name in the list (or a long word in German) must not push the field out of a narrow column. */
    max-width: 100%;
    min-width: 0;
  }
  .filter select {
    min-width: 0;
    flex: 1 1 auto;
  }
  .shown-count {
    color: var(--_pw-muted);
    font-size: 0.9em;
  }
  .coach-count {
    margin: 0;
    margin-inline-start: auto;
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-size: 0.9em;
  }
  .coach-count:empty {
    display: none;
  }
  .hint {
    color: var(--_pw-muted);
    font-size: 0.85em;
    margin: 0 0 var(--_pw-space);
  }
  .hint:empty {
    display: none;
  }

  /* ── objectives ───────────────────────────────────────────────── */
  .objectives {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_pw-space) * 1.5);
  }
  .objective {
    border: 1px solid var(--_pw-border);
    border-inline-start: 6px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
    padding: var(--_pw-space) calc(var(--_pw-space) * 1.5) calc(var(--_pw-space) * 1.25);
    background: var(--_pw-surface);
    min-width: 0;
  }
  /* In a long sheet, off-screen cards skip layout and paint: 200 objectives stay quick to edit. */
  .objectives.long > .objective {
    content-visibility: auto;
    contain-intrinsic-size: auto 18rem;
  }
  .objective[data-band='green'] {
    border-inline-start-color: var(--_okr-green);
  }
  .objective[data-band='yellow'] {
    border-inline-start-color: var(--_okr-yellow);
  }
  .objective[data-band='red'] {
    border-inline-start-color: var(--_okr-red);
  }
  .objective.dragging,
  tr.kr.dragging {
    outline: 2px dashed var(--_pw-accent);
    outline-offset: 2px;
    background: var(--_pw-sunken);
  }
  .objective-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem var(--_pw-space);
  }
  .objective-number {
    font-weight: 700;
    color: var(--_pw-muted);
    font-variant-numeric: tabular-nums;
  }
  .objective-title {
    flex: 1 1 18rem;
    min-width: 0;
    font-size: 1.05em;
    font-weight: 650;
  }
  .objective-title textarea {
    font-weight: 650;
    field-sizing: content;
    resize: none;
  }
  .objective-actions {
    display: inline-flex;
    gap: 0.25rem;
  }
  .grip {
    display: inline-grid;
    place-items: center;
    width: 1.25rem;
    min-height: 1.75rem;
    color: var(--_pw-muted);
    cursor: grab;
    touch-action: none;
    user-select: none;
  }
  .grip:active {
    cursor: grabbing;
  }
  .owners {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.9rem;
    border: 0;
    margin: 0.35rem 0 0.5rem;
    padding: 0;
    min-width: 0;
  }
  .owners legend {
    float: inline-start;
    padding: 0;
    margin-inline-end: 0.2rem;
  }
  .owner-choice {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .owner-choice input {
    min-height: 0;
    width: 1.05rem;
    height: 1.05rem;
    margin: 0;
    accent-color: var(--_pw-accent);
  }
  .no-krs {
    margin: 0.25rem 0 0.5rem;
    font-style: italic;
  }

  /* ── key results ──────────────────────────────────────────────── */
  .table-wrap {
    overflow-x: auto;
  }
  table.krs {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .krs .c-title {
    width: auto;
  }
  .krs .c-owner {
    width: 8.75rem;
  }
  .krs .c-num {
    width: 5.75rem;
  }
  .krs .c-unit {
    width: 5.5rem;
  }
  .krs .c-conf {
    width: 5.5rem;
  }
  .krs .c-progress {
    width: 7.5rem;
  }
  .krs .c-trend {
    width: 6.5rem;
  }
  .krs .c-actions {
    width: 14.5rem;
  }
  .krs th,
  .krs td {
    padding: 0.3rem 0.3rem;
    border-top: 1px solid var(--_pw-border);
    text-align: start;
    vertical-align: middle;
  }
  .krs thead th {
    border-top: 0;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_pw-muted);
    white-space: nowrap;
  }
  .krs th.num,
  .krs td.num {
    text-align: end;
  }
  .krs input,
  .krs select {
    width: 100%;
  }
  .krs input.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    padding-inline: 0.3em;
    appearance: textfield;
  }
  /* Room for six digits; the arrow keys still step the value. */
  .krs input.num::-webkit-inner-spin-button,
  .krs input.num::-webkit-outer-spin-button {
    appearance: none;
    margin: 0;
  }
  .kr-title {
    font-weight: 400;
  }
  .kr-title-wrap {
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  .kr-head {
    display: inline-flex;
    align-items: center;
    flex: none;
  }
  .kr-number {
    color: var(--_pw-muted);
    font-size: 0.8em;
    font-weight: 600;
    white-space: nowrap;
    margin-inline-end: 0.25rem;
  }
  .kr-title textarea {
    field-sizing: content;
    resize: none;
    min-width: 0;
    flex: 1;
  }
  .no-owner {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    color: var(--_pw-danger);
    font-weight: 600;
  }
  .actions {
    white-space: nowrap;
  }
  .krs td.actions {
    text-align: end;
  }
  .actions > * + * {
    margin-inline-start: 0.2rem;
  }
  .checkin-toggle {
    min-height: 1.75rem;
    padding: 0.15em 0.5em;
    font-size: 0.875em;
  }
  .checkin-toggle[aria-expanded='true'] {
    background: var(--_pw-accent);
    border-color: var(--_pw-accent);
    color: var(--_pw-on-accent);
  }
  .checkin-toggle .count {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }

  /* progress: a bar and its percentage */
  .progress {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .meter {
    position: relative;
    flex: 1;
    min-width: 3rem;
    height: 0.7rem;
    border-radius: 999px;
    background: var(--_pw-sunken);
    border: 1px solid var(--_pw-border);
    overflow: hidden;
  }
  .meter-fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    background: var(--_okr-meter);
  }
  .pct {
    min-width: 2.8em;
    text-align: end;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  /* trend */
  .trend {
    display: block;
    overflow: visible;
  }
  .trend .target-line {
    stroke: var(--_pw-muted);
    stroke-dasharray: 3 3;
    stroke-width: 1;
  }
  .trend .start-line {
    stroke: var(--_pw-border);
    stroke-width: 1;
  }
  .trend .trend-line {
    fill: none;
    stroke: var(--_okr-meter);
    stroke-width: 1.75;
    stroke-linejoin: round;
  }
  .trend .trend-point {
    fill: var(--_pw-surface);
    stroke: var(--_okr-meter);
    stroke-width: 1.25;
  }
  .trend .trend-last {
    fill: var(--_okr-meter);
  }
  .no-trend {
    font-size: 0.85em;
  }

  /* check-in panel */
  .checkin-row > td {
    background: var(--_pw-raised);
    border-top: 0;
  }
  .checkin-panel {
    padding: var(--_pw-space);
  }
  .checkin-form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_pw-space);
    margin-bottom: var(--_pw-space);
  }
  .checkin-form label {
    display: grid;
    gap: 0.15rem;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_pw-muted);
  }
  .checkin-form input {
    font-size: 1.1em;
    font-weight: 400;
    color: var(--_pw-text);
    width: 9rem;
  }
  .checkin-form label.note {
    flex: 1 1 14rem;
  }
  .checkin-form label.note input {
    width: 100%;
  }
  .history-title {
    font-size: 0.85em;
    color: var(--_pw-muted);
    margin-bottom: 0.2rem;
  }
  .history {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.15rem;
  }
  .history li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2rem 0.75rem;
    padding: 0.2rem 0;
    border-top: 1px solid var(--_pw-border);
  }
  .history li:first-child {
    border-top: 0;
  }
  .history-date {
    font-variant-numeric: tabular-nums;
    min-width: 6.5em;
  }
  .history-note {
    flex: 1 1 12rem;
  }
  .history button {
    margin-inline-start: auto;
  }
  .checkin-panel p {
    margin: 0;
  }

  /* coaching and refused entries */
  .coach {
    list-style: none;
    margin: var(--_pw-space) 0 0;
    padding: 0.35rem 0.6rem;
    background: var(--_pw-warning-surface);
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
    display: grid;
    gap: 0.2rem;
    font-size: 0.9em;
  }
  .coach li {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
  }
  .coach .ico {
    flex: none;
    margin-top: 0.15em;
  }
  .field-error {
    display: flex;
    gap: 0.4em;
    align-items: center;
    margin: var(--_pw-space) 0 0;
    padding: 0.35rem 0.6rem;
    border: 1px solid var(--_pw-danger);
    background: var(--_pw-danger-surface);
    border-radius: var(--_pw-radius);
    font-weight: 600;
  }
  .add-kr {
    margin-top: var(--_pw-space);
  }

  /* ── medium: key results as cards of four columns (the full table needs about 75rem) ── */
  @container (max-width: 74.99rem) {
    table.krs,
    table.krs tbody,
    table.krs tr,
    table.krs tbody th,
    table.krs td {
      display: block;
      min-width: 0;
    }
    table.krs colgroup,
    table.krs thead {
      display: none;
    }
    table.krs tbody tr.kr {
      display: grid;
      grid-template-columns: repeat(4, minmax(0, 1fr));
      grid-auto-flow: row dense;
      gap: 0 0.25rem;
      border: 1px solid var(--_pw-border);
      border-radius: var(--_pw-radius);
      margin-bottom: var(--_pw-space);
      padding: 0.25rem;
    }
    table.krs tbody th,
    table.krs td.actions {
      grid-column: 1 / -1;
    }
    table.krs td.wide {
      grid-column: span 2;
    }
    table.krs th,
    table.krs td {
      border: 0;
      padding: 0.3rem 0.4rem;
      text-align: start;
    }
    table.krs td[data-col]::before {
      content: var(--_pw-label);
      display: block;
      font-size: 0.8em;
      font-weight: 600;
      color: var(--_pw-muted);
    }
    table.krs td.actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 0.25rem;
    }
    .actions > * + * {
      margin-inline-start: 0;
    }
    .krs td.num,
    .krs input.num {
      text-align: start;
    }
    table.krs tbody tr.checkin-row {
      display: block;
      border: 0;
      padding: 0;
      margin: -0.4rem 0 var(--_pw-space);
    }
  }
  @container (max-width: 47.99rem) {
    table.krs tbody tr.kr {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    table.krs td.wide {
      grid-column: 1 / -1;
    }
  }

  /* ── narrow ───────────────────────────────────────────────────── */
  @container (max-width: 47.99rem) {
    .objective {
      padding: var(--_pw-space);
    }
    .team-table td.num {
      text-align: start;
    }
    .coach-count {
      margin-inline-start: 0;
    }
    .teams input {
      width: 9.5rem;
    }
  }
  @container (max-width: 24rem) {
    table.team-table tbody tr {
      grid-template-columns: minmax(0, 1fr);
    }
    .checkin-form input {
      width: 100%;
    }
    .checkin-form label {
      flex: 1 1 100%;
    }
  }

  @media (forced-colors: active) {
    .band-badge,
    .joint-badge,
    .meter {
      border-color: CanvasText;
    }
    .meter-fill,
    .trend .trend-last {
      background: Highlight;
      fill: Highlight;
    }
    .trend .trend-line,
    .trend .trend-point {
      stroke: Highlight;
    }
    .objective {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .grip,
    .objective-actions,
    .actions,
    .add-kr,
    .bar button,
    .filter {
      display: none !important;
    }
    .objective {
      break-inside: avoid;
    }
  }
`;
