import { css } from 'lit';

export const governanceCharterStyles = css`
  :host {
    --_pw-ladder: var(--pw-ladder-fill, var(--_pw-sunken));
  }
  section {
    margin-bottom: calc(var(--_pw-space) * 3);
  }
  h3 {
    font-size: 1.05em;
    margin: 0;
  }
  h4 {
    margin: 0 0 0.25rem;
  }
  .section-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_pw-space);
    flex-wrap: wrap;
    margin-bottom: var(--_pw-space);
    padding-bottom: 0.35rem;
    border-bottom: 1px solid var(--_pw-border);
  }
  .lead {
    margin: 0 0 var(--_pw-space);
    color: var(--_pw-muted);
  }
  .body-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(17rem, 100%), 1fr));
    gap: calc(var(--_pw-space) * 1.5);
  }
  .card {
    min-width: 0;
    display: grid;
    gap: 0.5rem;
    align-content: start;
    background: var(--_pw-raised);
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
    padding: var(--_pw-space) calc(var(--_pw-space) * 1.25);
  }
  .card-head {
    display: flex;
    gap: 0.25rem;
    align-items: start;
  }
  .card-head textarea {
    flex: 1;
    font-weight: 650;
    font-size: 1.05em;
  }
  .card label,
  .row label {
    display: grid;
    gap: 0.15rem;
    font-size: 0.85em;
    color: var(--_pw-muted);
  }
  .card textarea,
  .card select {
    color: var(--_pw-text);
    font-size: 1.05em;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.5rem;
  }
  textarea {
    field-sizing: content;
    resize: none;
    width: 100%;
    min-width: 0;
    max-width: 100%;
  }
  .card select {
    width: 100%;
    min-width: 0;
  }
  .meta {
    margin: 0;
    color: var(--_pw-muted);
  }
  .people {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .item-actions {
    display: inline-flex;
    gap: 0.15rem;
    flex: none;
  }
  .item-actions .icon {
    min-width: 1.9rem;
    min-height: 1.9rem;
  }
  .ladder-frame {
    width: 100%;
    margin-bottom: var(--_pw-space);
  }
  .ladder-frame svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .step rect {
    fill: var(--_pw-ladder);
    stroke: var(--_pw-border);
  }
  .step text {
    fill: var(--_pw-text);
    font-size: 12px;
  }
  .step .step-level {
    font-weight: 700;
  }
  .step .step-days {
    fill: var(--_pw-muted);
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.92em;
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
    width: 6rem;
  }
  td input[type='number'],
  th input[type='number'] {
    width: 4.5rem;
    text-align: end;
  }
  .actions {
    width: 7rem;
    white-space: nowrap;
  }
  tbody textarea,
  tbody input {
    border-color: transparent;
    background: transparent;
  }
  tbody textarea:hover,
  tbody textarea:focus,
  tbody input:hover,
  tbody input:focus {
    border-color: var(--_pw-border);
    background: var(--_pw-surface);
  }
  .calendar {
    list-style: none;
    margin: 0 0 var(--_pw-space);
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .calendar > li {
    flex: 1 1 9rem;
    border: 1px solid var(--_pw-border);
    border-radius: var(--_pw-radius);
    padding: 0.4rem 0.6rem;
    background: var(--_pw-raised);
  }
  .calendar .cadence {
    font-weight: 700;
    font-size: 0.85em;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--_pw-muted);
  }
  .calendar ul {
    margin: 0.2rem 0 0;
    padding-inline-start: 1.1em;
  }
  .exit {
    margin: 0;
    padding-inline-start: 1.6em;
    display: grid;
    gap: 0.35rem;
  }
  .exit li {
    padding-inline-start: 0.25rem;
  }
  .exit li:has(textarea) {
    display: flex;
    gap: 0.25rem;
    align-items: start;
  }
  .advice {
    border: 1px solid var(--_pw-border);
    background: var(--_pw-warning-surface);
    border-radius: var(--_pw-radius);
    padding: var(--_pw-space) calc(var(--_pw-space) * 1.5);
  }
  .advice ul {
    margin: 0.3rem 0 0;
    padding-inline-start: 1.2em;
  }
  button.danger:hover {
    color: var(--_pw-danger);
    border-color: var(--_pw-danger);
  }
  @media print {
    .card {
      break-inside: avoid;
    }
  }
`;
