import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { commitOnEnter } from '../../core/fields.js';
import type { MessageKey, Translate } from '../../core/i18n.js';
import { icons } from '../../core/icons.js';
import { isJoint, objectiveNotes, objectiveScore, okrBand, teamName, type CoachNote } from '../../models/okr-builder/selectors.js';
import { coachSentence } from '../../models/okr-builder/coach.js';
import { voiceFrom } from '../../models/shared/report.js';
import type { Objective, Team } from '../../models/okr-builder/types.js';
import type { OkrContext } from './context.js';
import { bandLabel, percent } from './format.js';
import { renderKeyResultRow } from './key-result-row.js';
import { cardLabels } from '../../core/card-labels.js';

/** The key-result cells' labels when the table shows cards, in the order of their `data-col`. */
const KR_COLUMNS: MessageKey[] = ['okr.col.owner', 'okr.col.start', 'okr.col.target', 'okr.col.current', 'okr.col.unit', 'okr.col.confidence', 'okr.col.progress', 'okr.col.trend'];

/** The objective's score and band, as colour and as words. */
export function scoreBadge(score: number | undefined, t: Translate): TemplateResult {
  if (score === undefined) return html`<span class="band-badge" data-band="none">${t('okr.score.none')}</span>`;
  const band = okrBand(score);
  return html`<span class="band-badge" data-band=${band}><strong>${percent(t, score)}</strong> ${bandLabel(t, band)}</span>`;
}

/**
 * A coaching note in the element's language, written from its code and the objective as the Markdown report writes
 * it (coachSentence; the model's `message` is the English form, kept for scripts).
 */
export function coachMessage(note: CoachNote, o: Objective, index: number, teams: readonly Team[], t: Translate): string {
  return coachSentence(note, o, index, teams, voiceFrom(t.locale, (key, params) => t(key as MessageKey, params)));
}

/** Where an objective sits among the shown ones, for its move buttons. */
export interface CardPlace {
  index: number;
  number: number;
  first: boolean;
  last: boolean;
}

function renderOwners(o: Objective, number: number, ctx: OkrContext): TemplateResult {
  const { t } = ctx;
  const joint = isJoint(o) ? html`<span class="joint-badge" part="joint-badge">${t('okr.objective.joint')}</span>` : nothing;
  if (ctx.readonly) {
    const names = o.owners.map((id) => teamName(ctx.doc.teams, id));
    return html`<p class="owners"><span class="owners-label">${t('okr.objective.owners')}</span> ${names.join(' + ') || t('okr.objective.ownersNone')} ${joint}</p>`;
  }
  return html`<fieldset class="owners">
    <legend class="owners-label">${t('okr.objective.ownersLegend', { number })}</legend>
    ${ctx.doc.teams.map(
      (team) => html`<label class="owner-choice">
        <input type="checkbox" .checked=${live(o.owners.includes(team.id))} @change=${(e: Event) => ctx.toggleOwner(o.id, team.id, (e.target as HTMLInputElement).checked)} />
        ${team.name || team.id}
      </label>`,
    )}
    ${joint}
  </fieldset>`;
}

/** One objective: title, owners, score and band, its key results, coaching notes and actions. */
export function renderObjectiveCard(o: Objective, place: CardPlace, ctx: OkrContext): TemplateResult {
  const { t } = ctx;
  const { number } = place;
  const name = o.title.trim() || t('okr.objective.fallbackName', { number });
  const score = objectiveScore(o);
  const notes = objectiveNotes(o, place.index, ctx.doc.teams);
  const error = ctx.fieldError?.objectiveId === o.id ? ctx.fieldError.message(t) : undefined;
  const ro = ctx.readonly;
  const headingId = `objective-${number}-title`;
  return html`<li
    class=${`objective${ctx.dragging === o.id ? ' dragging' : ''}`}
    part="objective"
    data-id=${o.id}
    data-band=${score === undefined ? 'none' : okrBand(score)}
  >
    <div class="objective-head">
      ${ro ? nothing : html`<span class="grip" aria-hidden="true" data-drag="objective" data-id=${o.id} title=${t('okr.dragHint')}>${icons.grip}</span>`}
      <span class="objective-number" aria-hidden="true">${t('okr.objective.badge', { number })}</span>
      <h3 class="objective-title" id=${headingId}>
        ${ro
          ? o.title || html`<span class="muted">${t('okr.objective.untitled')}</span>`
          : html`<span class="visually-hidden">${t('okr.objective.label', { number })}</span><textarea
                class="title"
                rows="1"
                aria-label=${t('okr.objective.label', { number })}
                placeholder=${t('okr.objective.placeholder')}
                .value=${live(o.title)}
                @input=${ctx.markDirty}
                @keydown=${commitOnEnter}
                @change=${(e: Event) => ctx.objectiveTitle(o.id, e)}
              ></textarea>`}
      </h3>
      <span class="objective-score" part="score">${scoreBadge(score, t)}</span>
      ${ro
        ? nothing
        : html`<span class="objective-actions">
            <button
              type="button"
              class="icon small up"
              aria-label=${t('okr.move.up', { name })}
              title=${t('okr.move.upHint')}
              aria-disabled=${String(place.first)}
              @click=${(e: Event) => ctx.moveObjective(o.id, -1, e)}
            >
              ${icons.up}
            </button>
            <button
              type="button"
              class="icon small down"
              aria-label=${t('okr.move.down', { name })}
              title=${t('okr.move.downHint')}
              aria-disabled=${String(place.last)}
              @click=${(e: Event) => ctx.moveObjective(o.id, 1, e)}
            >
              ${icons.down}
            </button>
            <button type="button" class="icon small duplicate" aria-label=${t('okr.duplicate', { name })} title=${t('okr.duplicateHint')} @click=${() => ctx.duplicateObjective(o.id)}>
              ${icons.copy}
            </button>
            <button type="button" class="icon small danger remove" aria-label=${t('okr.delete', { name })} title=${t('okr.deleteHint')} @click=${() => ctx.removeObjective(o.id)}>
              ${icons.trash}
            </button>
          </span>`}
    </div>
    ${renderOwners(o, number, ctx)}
    ${o.keyResults.length
      ? html`<div class="table-wrap">
          <table class="krs cards" part="key-results" ${cardLabels(KR_COLUMNS.map((key) => t(key)))}>
            <caption class="visually-hidden">${t('okr.krs.caption', { number })}</caption>
            <colgroup>
              <col class="c-title" /><col class="c-owner" /><col class="c-num" span="3" />${ro ? nothing : html`<col class="c-unit" />`}<col class="c-conf" /><col
                class="c-progress"
              /><col class="c-trend" /><col class="c-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">${t('okr.col.keyResult')}</th>
                <th scope="col">${t('okr.col.owner')}</th>
                <th scope="col" class="num">${t('okr.col.start')}</th>
                <th scope="col" class="num">${t('okr.col.target')}</th>
                <th scope="col" class="num">${t('okr.col.current')}</th>
                ${ro ? nothing : html`<th scope="col" class="num">${t('okr.col.unit')}</th>`}
                <th scope="col" class="num">${t('okr.col.confidence')}</th>
                <th scope="col">${t('okr.col.progress')}</th>
                <th scope="col">${t('okr.col.trend')}</th>
                <th scope="col"><span class="visually-hidden">${t(ro ? 'okr.history' : 'okr.col.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              ${repeat(o.keyResults, (kr) => kr.id, (kr, j) => renderKeyResultRow(o, kr, j, number, ctx))}
            </tbody>
          </table>
        </div>`
      : html`<p class="no-krs muted">${t('okr.krs.empty')}</p>`}
    ${error ? html`<p class="field-error" role="alert">${icons.warning} ${error}</p>` : nothing}
    ${notes.length
      ? html`<ul class="coach" part="coach" aria-label=${t('okr.coach.label', { number })}>
          ${notes.map(
            (n) =>
              html`<li data-code=${n.code}>${icons.warning}<span><strong>${t('okr.coach.prefix')}</strong> ${coachMessage(n, o, place.index, ctx.doc.teams, t)}</span></li>`,
          )}
        </ul>`
      : nothing}
    ${ro ? nothing : html`<button type="button" class="add-kr" @click=${() => ctx.addKeyResult(o.id)}>${icons.plus} ${t('okr.kr.add')}</button>`}
  </li>`;
}
