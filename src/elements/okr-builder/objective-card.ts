import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { commitOnEnter } from '../../core/fields.js';
import { icons } from '../../core/icons.js';
import { formatPercent, isJoint, objectiveNotes, objectiveScore, okrBand, teamName } from '../../models/okr-builder/selectors.js';
import { BAND_LABEL, type Objective } from '../../models/okr-builder/types.js';
import type { OkrContext } from './context.js';
import { renderKeyResultRow } from './key-result-row.js';

/** The objective's score and band, as colour and as words. */
export function scoreBadge(score: number | undefined): TemplateResult {
  if (score === undefined) return html`<span class="band-badge" data-band="none">No score yet</span>`;
  const band = okrBand(score);
  return html`<span class="band-badge" data-band=${band}><strong>${formatPercent(score)}</strong> ${BAND_LABEL[band]}</span>`;
}

/** Where an objective sits among the shown ones, for its move buttons. */
export interface CardPlace {
  index: number;
  number: number;
  first: boolean;
  last: boolean;
}

function renderOwners(o: Objective, number: number, ctx: OkrContext): TemplateResult {
  const joint = isJoint(o) ? html`<span class="joint-badge" part="joint-badge">Joint</span>` : nothing;
  if (ctx.readonly) {
    const names = o.owners.map((id) => teamName(ctx.doc.teams, id));
    return html`<p class="owners"><span class="owners-label">Owners:</span> ${names.join(' + ') || 'none'} ${joint}</p>`;
  }
  return html`<fieldset class="owners">
    <legend class="owners-label">Owners of objective ${number}</legend>
    ${ctx.doc.teams.map(
      (t) => html`<label class="owner-choice">
        <input type="checkbox" .checked=${live(o.owners.includes(t.id))} @change=${(e: Event) => ctx.toggleOwner(o.id, t.id, (e.target as HTMLInputElement).checked)} />
        ${t.name || t.id}
      </label>`,
    )}
    ${joint}
  </fieldset>`;
}

/** One objective: title, owners, score and band, its key results, coaching notes and actions. */
export function renderObjectiveCard(o: Objective, place: CardPlace, ctx: OkrContext): TemplateResult {
  const { number } = place;
  const name = o.title.trim() || `objective ${number}`;
  const score = objectiveScore(o);
  const notes = objectiveNotes(o, place.index, ctx.doc.teams);
  const error = ctx.fieldError?.objectiveId === o.id ? ctx.fieldError.message : undefined;
  const ro = ctx.readonly;
  const headingId = `objective-${number}-title`;
  return html`<li
    class=${`objective${ctx.dragging === o.id ? ' dragging' : ''}`}
    part="objective"
    data-id=${o.id}
    data-band=${score === undefined ? 'none' : okrBand(score)}
  >
    <div class="objective-head">
      ${ro ? nothing : html`<span class="grip" aria-hidden="true" data-drag="objective" data-id=${o.id} title="Drag to reorder">${icons.grip}</span>`}
      <span class="objective-number" aria-hidden="true">O${number}</span>
      <h3 class="objective-title" id=${headingId}>
        ${ro
          ? o.title || html`<span class="muted">Untitled objective</span>`
          : html`<span class="visually-hidden">Objective ${number}</span><textarea
                class="title"
                rows="1"
                aria-label=${`Objective ${number}`}
                placeholder="What do we want to achieve together?"
                .value=${live(o.title)}
                @input=${ctx.markDirty}
                @keydown=${commitOnEnter}
                @change=${(e: Event) => ctx.objectiveTitle(o.id, e)}
              ></textarea>`}
      </h3>
      <span class="objective-score" part="score">${scoreBadge(score)}</span>
      ${ro
        ? nothing
        : html`<span class="objective-actions">
            <button type="button" class="icon small up" aria-label=${`Move ${name} up`} title="Move up (Alt+↑)" aria-disabled=${String(place.first)} @click=${(e: Event) => ctx.moveObjective(o.id, -1, e)}>
              ${icons.up}
            </button>
            <button type="button" class="icon small down" aria-label=${`Move ${name} down`} title="Move down (Alt+↓)" aria-disabled=${String(place.last)} @click=${(e: Event) => ctx.moveObjective(o.id, 1, e)}>
              ${icons.down}
            </button>
            <button type="button" class="icon small duplicate" aria-label=${`Duplicate ${name}`} title="Duplicate" @click=${() => ctx.duplicateObjective(o.id)}>${icons.copy}</button>
            <button type="button" class="icon small danger remove" aria-label=${`Delete ${name}`} title="Delete" @click=${() => ctx.removeObjective(o.id)}>${icons.trash}</button>
          </span>`}
    </div>
    ${renderOwners(o, number, ctx)}
    ${o.keyResults.length
      ? html`<div class="table-wrap">
          <table class="krs cards" part="key-results">
            <caption class="visually-hidden">Key results of objective ${number}</caption>
            <colgroup>
              <col class="c-title" /><col class="c-owner" /><col class="c-num" span="3" />${ro ? nothing : html`<col class="c-unit" />`}<col class="c-conf" /><col
                class="c-progress"
              /><col class="c-trend" /><col class="c-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Key result</th>
                <th scope="col">Owner</th>
                <th scope="col" class="num">Start</th>
                <th scope="col" class="num">Target</th>
                <th scope="col" class="num">Current</th>
                ${ro ? nothing : html`<th scope="col" class="num">Unit</th>`}
                <th scope="col" class="num">Confidence</th>
                <th scope="col">Progress</th>
                <th scope="col">Trend</th>
                <th scope="col"><span class="visually-hidden">${ro ? 'History' : 'Actions'}</span></th>
              </tr>
            </thead>
            <tbody>
              ${repeat(o.keyResults, (kr) => kr.id, (kr, j) => renderKeyResultRow(o, kr, j, number, ctx))}
            </tbody>
          </table>
        </div>`
      : html`<p class="no-krs muted">No key results yet: how will you know this objective is met?</p>`}
    ${error ? html`<p class="field-error" role="alert">${icons.warning} ${error}</p>` : nothing}
    ${notes.length
      ? html`<ul class="coach" part="coach" aria-label=${`Coach's notes on objective ${number}`}>
          ${notes.map((n) => html`<li data-code=${n.code}>${icons.warning}<span><strong>Coach:</strong> ${n.message}</span></li>`)}
        </ul>`
      : nothing}
    ${ro ? nothing : html`<button type="button" class="add-kr" @click=${() => ctx.addKeyResult(o.id)}>${icons.plus} Add key result</button>`}
  </li>`;
}
