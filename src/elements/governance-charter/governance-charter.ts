import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { commitOnEnter } from '../../core/fields.js';
import { icons } from '../../core/icons.js';
import { ResizeController } from '../../core/resize.js';
import { formatList, formatNumber, type MessageKey, type Translate } from '../../core/i18n.js';
import { WorksheetElement } from '../../core/worksheet-element.js';
import type { KindSpec } from '../../models/shared/kind.js';
import { addItem, moveItem, nextItemId, removeItem, updateItem, useSampleCharter } from '../../models/governance-charter/ops.js';
import { charterAdvice, escalationDays, escalationLadder, rhythmCalendar, type CharterAdvice } from '../../models/governance-charter/selectors.js';
import { governanceCharterSpec } from '../../models/governance-charter/spec.js';
import {
  CADENCES,
  VOTING_RULES,
  type Cadence,
  type CharterList,
  type EscalationLevel,
  type GoverningBody,
  type GovernanceCharterDocument,
  type OperatingRhythm,
  type VotingRule,
} from '../../models/governance-charter/types.js';
import { governanceCharterStyles } from './governance-charter.styles.js';
import { renderLadder } from './ladder.js';
import './messages.js';

type Doc = GovernanceCharterDocument;

const cadenceLabel = (t: Translate, c: Cadence): string => t(`charter.cadence.${c}`);
const votingLabel = (t: Translate, r: VotingRule): string => t(`charter.voting.${r}`);

/** The guidance from the model, worded in the element's language: each piece of advice is known by its path. */
function adviceText(t: Translate, doc: Doc, a: CharterAdvice): string {
  const at = /^\/(bodies|escalation)\/(\d+)\/(\w+)$/.exec(a.path);
  if (at) {
    const i = Number(at[2]);
    if (at[1] === 'bodies') {
      const b = doc.bodies[i];
      if (b && at[3] === 'members') return t('charter.advice.members', { name: b.name, count: b.members.length });
      if (b && at[3] === 'decisionRights') return t('charter.advice.decisionRights', { name: b.name });
    } else {
      const e = doc.escalation[i];
      if (e && at[3] === 'owner') return t('charter.advice.noOwner', { level: e.level });
    }
  } else if (a.path === '/escalation') {
    const levels = doc.escalation.map((e) => e.level);
    const repeated = levels.find((l, i) => levels.indexOf(l) !== i);
    if (repeated !== undefined) return t('charter.advice.repeatedLevel', { level: repeated });
  } else if (a.path === '/exitCriteria') {
    return t('charter.advice.noExit');
  }
  return a.message;
}


const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A joint governance charter: governing bodies, the escalation ladder, the operating rhythm and exit criteria.
 *
 * @summary Governance charter with governing bodies, an escalation ladder, a meeting calendar and exit criteria.
 *
 * @csspart bodies - The governing bodies section.
 * @csspart body - One governing body's card.
 * @csspart ladder - The escalation ladder picture.
 * @csspart ladder-step - One step of the ladder.
 * @csspart table - A table (escalation levels, meetings).
 * @csspart calendar - The meeting calendar, from weekly to annual.
 * @csspart exit-criteria - The exit criteria list.
 * @csspart advice - Guidance on gaps in the charter.
 *
 * @cssprop --pw-ladder-fill - Fill of the escalation ladder's steps.
 */
export class PwGovernanceCharter extends WorksheetElement<Doc> {
  static override styles = [...WorksheetElement.styles, governanceCharterStyles];

  /** @internal */
  private readonly size = new ResizeController(this, '.ladder-frame', 560);

  /** @internal */
  protected override get spec(): KindSpec<Doc> {
    return governanceCharterSpec;
  }
  /** @internal */
  protected override get untitled(): string {
    return this.t('charter.untitled');
  }

  private updateIn<L extends CharterList>(list: L, id: string, patch: Partial<Doc[L][number]>, what: MessageKey): void {
    this.commit(updateItem(this.doc, list, id, patch), this.t(what));
  }

  private async add(list: CharterList): Promise<void> {
    const id = nextItemId(this.doc, list);
    // Bodies and meetings start with a name in the learner's language; the other lists have no name.
    const name = list === 'bodies' || list === 'rhythms' ? this.t(`charter.new.${list}`) : undefined;
    this.commit(addItem(this.doc, list, { id, name }), this.t(`charter.added.${list}`));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] :is(textarea, input, select)`)?.focus();
  }

  private async move(list: CharterList, id: string, delta: number, name: string): Promise<void> {
    const next = moveItem(this.doc, list, id, delta);
    if (next === this.doc) return;
    this.commit(next, this.t(delta < 0 ? 'charter.moved.up' : 'charter.moved.down', { name }));
    await this.updateComplete;
    // Keep focus on the same control of the moved item, so repeated presses keep moving it.
    this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] button[data-move="${delta < 0 ? 'up' : 'down'}"]:not([aria-disabled="true"])`)?.focus();
  }

  private async removeFrom(list: CharterList, id: string, name: string): Promise<void> {
    const items = this.doc[list] as Array<{ id: string }>;
    const at = items.findIndex((i) => i.id === id);
    this.commit(removeItem(this.doc, list, id), this.t('charter.deleted', { name }));
    await this.updateComplete;
    const next = (this.doc[list] as Array<{ id: string }>)[Math.min(at, this.doc[list].length - 1)];
    (next
      ? this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(next.id)}"] button.danger`)
      : this.renderRoot.querySelector<HTMLElement>(`button[data-add="${list}"]`)
    )?.focus();
  }

  /** Move up, move down and delete for one item of a list. */
  private itemActions(list: CharterList, id: string, index: number, name: string): TemplateResult | typeof nothing {
    if (this.isReadonly) return nothing;
    const count = this.doc[list].length;
    return html`<span class="item-actions">
      <button type="button" class="icon" data-move="up" aria-label=${this.t('charter.item.moveUp', { name })} aria-disabled=${String(index === 0)} @click=${() => this.move(list, id, -1, name)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" class="icon" data-move="down" aria-label=${this.t('charter.item.moveDown', { name })} aria-disabled=${String(index === count - 1)} @click=${() => this.move(list, id, 1, name)}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" class="icon danger" aria-label=${this.t('charter.item.delete', { name })} @click=${() => this.removeFrom(list, id, name)}>${icons.trash}</button>
    </span>`;
  }

  private addButton(list: CharterList): TemplateResult | typeof nothing {
    return this.isReadonly ? nothing : html`<button type="button" data-add=${list} @click=${() => this.add(list)}>${icons.plus} ${this.t(`charter.add.${list}`)}</button>`;
  }

  private textField(label: string, value: string, commit: (text: string) => void, opts: { rows?: number; oneLine?: boolean; placeholder?: string } = {}) {
    return html`<textarea
      rows=${opts.rows ?? 1}
      aria-label=${label}
      placeholder=${opts.placeholder ?? ''}
      .value=${live(value)}
      @input=${this.markDirty}
      @keydown=${opts.oneLine === false ? nothing : commitOnEnter}
      @change=${(e: Event) => commit(this.committedText(e))}
    ></textarea>`;
  }

  private cadenceSelect(label: string, value: string, pick: (v: OperatingRhythm['cadence']) => void): TemplateResult {
    return html`<select aria-label=${label} @change=${(e: Event) => pick((e.target as HTMLSelectElement).value as OperatingRhythm['cadence'])}>
      ${CADENCES.map((c) => html`<option value=${c} ?selected=${c === value}>${cadenceLabel(this.t, c)}</option>`)}
    </select>`;
  }

  // ── sections ───────────────────────────────────────────────────────

  private renderBody(b: GoverningBody, i: number): TemplateResult {
    const ro = this.isReadonly;
    const name = b.name;
    const t = this.t;
    if (ro) {
      const meta = [
        t(`charter.meets.${b.cadence}`),
        ...(b.voting ? [t(`charter.decides.${b.voting}`)] : []),
        ...(b.quorum ? [t('charter.body.quorumIs', { quorum: b.quorum })] : []),
      ];
      return html`<article class="card" part="body" data-id=${b.id}>
        <h4>${b.name}</h4>
        <p class="meta">${meta.join(' · ')}</p>
        <ul class="people">${b.members.map((m) => html`<li>${m}</li>`)}</ul>
        <p><strong>${t('charter.body.decisionRightsIs')}</strong> ${b.decisionRights || '—'}</p>
      </article>`;
    }
    return html`<article class="card" part="body" data-id=${b.id}>
      <div class="card-head">
        ${this.textField(t('charter.body.nameOf', { n: i + 1 }), b.name, (v) => v.trim() && this.updateIn('bodies', b.id, { name: v.trim() }, 'charter.changed.bodyName'))}
        ${this.itemActions('bodies', b.id, i, name)}
      </div>
      <div class="row">
        <label>${t('charter.body.meets')} ${this.cadenceSelect(t('charter.body.cadenceOf', { name }), b.cadence, (c) => this.updateIn('bodies', b.id, { cadence: c }, 'charter.changed.cadence'))}</label>
        <label
          >${t('charter.body.decidesBy')}
          <select
            aria-label=${t('charter.body.votingOf', { name })}
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value as GoverningBody['voting'] | '';
              this.updateIn('bodies', b.id, { voting: v || undefined }, 'charter.changed.voting');
            }}
          >
            <option value="" ?selected=${!b.voting}>—</option>
            ${VOTING_RULES.map((r) => html`<option value=${r} ?selected=${r === b.voting}>${votingLabel(t, r)}</option>`)}
          </select>
        </label>
      </div>
      <label
        >${t('charter.body.quorum')}
        ${this.textField(t('charter.body.quorumOf', { name }), b.quorum ?? '', (v) => this.updateIn('bodies', b.id, { quorum: v.trim() || undefined }, 'charter.changed.quorum'), {
          placeholder: t('charter.body.quorumPlaceholder'),
        })}
      </label>
      <label
        >${t('charter.body.members')}
        ${this.textField(t('charter.body.membersOf', { name }), b.members.join('\n'), (v) => this.updateIn('bodies', b.id, { members: lines(v) }, 'charter.changed.members'), {
          rows: 3,
          oneLine: false,
        })}
      </label>
      <label
        >${t('charter.body.decisionRights')}
        ${this.textField(t('charter.body.decisionRightsOf', { name }), b.decisionRights, (v) => this.updateIn('bodies', b.id, { decisionRights: v }, 'charter.changed.decisionRights'), {
          rows: 2,
          oneLine: false,
        })}
      </label>
    </article>`;
  }

  private renderEscalationRow(e: EscalationLevel, i: number): TemplateResult {
    const t = this.t;
    const name = t('charter.level.name', { level: e.level });
    if (this.isReadonly) {
      return html`<tr data-id=${e.id}>
        <th scope="row" class="num">${formatNumber(t.locale, e.level)}</th>
        <td data-label=${t('charter.level.trigger')}>${e.trigger}</td>
        <td data-label=${t('charter.level.owner')}>${e.owner}</td>
        <td class="num" data-label=${t('charter.level.response')}>${t('charter.days', { count: e.responseDays })}</td>
      </tr>`;
    }
    const int = (ev: Event, min: number, field: 'level' | 'responseDays', what: MessageKey) => {
      const el = ev.target as HTMLInputElement;
      const n = el.valueAsNumber;
      if (Number.isInteger(n) && n >= min && n <= 365) this.updateIn('escalation', e.id, { [field]: n }, what);
      else el.value = String(e[field]);
    };
    return html`<tr data-id=${e.id}>
      <th scope="row" class="num">
        <input type="number" min="1" step="1" aria-label=${t('charter.level.levelOf', { name })} .value=${live(String(e.level))} @change=${(ev: Event) => int(ev, 1, 'level', 'charter.changed.level')} />
      </th>
      <td class="wide" data-label=${t('charter.level.trigger')}>
        ${this.textField(t('charter.level.triggerOf', { name }), e.trigger, (v) => this.updateIn('escalation', e.id, { trigger: v }, 'charter.changed.trigger'), { oneLine: false })}
      </td>
      <td data-label=${t('charter.level.owner')}>${this.textField(t('charter.level.ownerOf', { name }), e.owner, (v) => this.updateIn('escalation', e.id, { owner: v }, 'charter.changed.owner'))}</td>
      <td class="num" data-label=${t('charter.level.responseDays')}>
        <input
          type="number"
          min="0"
          max="365"
          step="1"
          aria-label=${t('charter.level.responseOf', { name })}
          .value=${live(String(e.responseDays))}
          @change=${(ev: Event) => int(ev, 0, 'responseDays', 'charter.changed.response')}
        />
      </td>
      <td class="actions">${this.itemActions('escalation', e.id, i, name)}</td>
    </tr>`;
  }

  private renderRhythmRow(r: OperatingRhythm, i: number): TemplateResult {
    const t = this.t;
    const name = r.name;
    if (this.isReadonly) {
      return html`<tr data-id=${r.id}>
        <th scope="row">${r.name}</th>
        <td data-label=${t('charter.rhythm.cadence')}>${cadenceLabel(t, r.cadence)}</td>
        <td data-label=${t('charter.rhythm.participants')}>${formatList(t.locale, r.participants)}</td>
        <td class="wide" data-label=${t('charter.rhythm.outputs')}>${r.outputs}</td>
      </tr>`;
    }
    return html`<tr data-id=${r.id}>
      <th scope="row">
        ${this.textField(t('charter.rhythm.nameOf', { n: i + 1 }), r.name, (v) => v.trim() && this.updateIn('rhythms', r.id, { name: v.trim() }, 'charter.changed.meetingName'))}
      </th>
      <td data-label=${t('charter.rhythm.cadence')}>
        ${this.cadenceSelect(t('charter.rhythm.cadenceOf', { name }), r.cadence, (c) => this.updateIn('rhythms', r.id, { cadence: c }, 'charter.changed.cadence'))}
      </td>
      <td data-label=${t('charter.rhythm.participantsLines')}>
        ${this.textField(t('charter.rhythm.participantsOf', { name }), r.participants.join('\n'), (v) => this.updateIn('rhythms', r.id, { participants: lines(v) }, 'charter.changed.participants'), {
          rows: 2,
          oneLine: false,
        })}
      </td>
      <td class="wide" data-label=${t('charter.rhythm.outputs')}>
        ${this.textField(t('charter.rhythm.outputsOf', { name }), r.outputs, (v) => this.updateIn('rhythms', r.id, { outputs: v }, 'charter.changed.outputs'), { rows: 2, oneLine: false })}
      </td>
      <td class="actions">${this.itemActions('rhythms', r.id, i, name)}</td>
    </tr>`;
  }

  protected override renderWorksheet(): TemplateResult {
    const doc = this.doc;
    const ro = this.isReadonly;
    const t = this.t;
    const ladder = escalationLadder(doc);
    const calendar = rhythmCalendar(doc);
    const advice = charterAdvice(doc);
    const empty = !doc.bodies.length && !doc.escalation.length && !doc.rhythms.length && !doc.exitCriteria.length;
    const days = (count: number) => t('charter.days', { count });
    return html`
      ${empty
        ? html`<div class="empty">
            <p>${t('charter.empty.title')}</p>
            ${ro
              ? nothing
              : html`<p>${t('charter.empty.hint')}</p>
                  <button type="button" @click=${() => this.commit(useSampleCharter(this.doc), t('charter.sampleLoaded'))}>${t('charter.empty.loadSample')}</button>`}
          </div>`
        : nothing}

      <section aria-labelledby="bodies-title" part="bodies">
        <div class="section-head"><h3 id="bodies-title">${t('charter.bodies.heading')}</h3>${this.addButton('bodies')}</div>
        <div class="body-grid">${repeat(doc.bodies, (b) => b.id, (b, i) => this.renderBody(b, i))}</div>
      </section>

      <section aria-labelledby="escalation-title">
        <div class="section-head">
          <h3 id="escalation-title">${t('charter.escalation.heading')}</h3>
          ${this.addButton('escalation')}
        </div>
        ${ladder.length
          ? html`<p class="lead">${t.rich('charter.ladder.lead', { count: ladder.length }, { days: html`<strong>${days(escalationDays(doc))}</strong>` })}</p>
              <div class="ladder-frame">
                <svg
                  part="ladder"
                  role="img"
                  aria-label=${t('charter.ladder.label', {
                    steps: ladder
                      .map((s) => t('charter.ladder.step', { level: s.level, owner: s.owner || t('charter.ladder.noOwnerSpoken'), days: days(s.responseDays) }))
                      .join('; '),
                  })}
                  width=${this.size.layoutWidth}
                  height="190"
                  viewBox=${`0 0 ${this.size.layoutWidth} 190`}
                >
                  ${renderLadder({ ladder, width: this.size.layoutWidth, t, rtl: this.rtl })}
                </svg>
              </div>`
          : nothing}
        ${doc.escalation.length
          ? html`<div class="table-wrap" role="region" aria-label=${t('charter.levels.region')} tabindex="0">
              <table part="table" class="cards">
                <thead>
                  <tr>
                    <th scope="col" class="num">${t('charter.level.level')}</th>
                    <th scope="col">${t('charter.level.trigger')}</th>
                    <th scope="col">${t('charter.level.owner')}</th>
                    <th scope="col" class="num">${t('charter.level.responseDays')}</th>
                    ${ro ? nothing : html`<th scope="col"><span class="visually-hidden">${t('charter.actions')}</span></th>`}
                  </tr>
                </thead>
                <tbody>
                  ${repeat(doc.escalation, (e) => e.id, (e, i) => this.renderEscalationRow(e, i))}
                </tbody>
              </table>
            </div>`
          : nothing}
      </section>

      <section aria-labelledby="rhythm-title">
        <div class="section-head"><h3 id="rhythm-title">${t('charter.rhythm.heading')}</h3>${this.addButton('rhythms')}</div>
        ${calendar.length
          ? html`<ol class="calendar" part="calendar" aria-label=${t('charter.rhythm.calendar')}>
              ${calendar.map(
                (g) => html`<li>
                  <span class="cadence">${cadenceLabel(t, g.cadence)}</span>
                  <ul>
                    ${g.rhythms.map((r) => html`<li>${r.name}</li>`)}
                  </ul>
                </li>`,
              )}
            </ol>`
          : nothing}
        ${doc.rhythms.length
          ? html`<div class="table-wrap" role="region" aria-label=${t('charter.rhythm.region')} tabindex="0">
              <table part="table" class="cards">
                <thead>
                  <tr>
                    <th scope="col">${t('charter.rhythm.meeting')}</th>
                    <th scope="col">${t('charter.rhythm.cadence')}</th>
                    <th scope="col">${t('charter.rhythm.participants')}</th>
                    <th scope="col">${t('charter.rhythm.outputs')}</th>
                    ${ro ? nothing : html`<th scope="col"><span class="visually-hidden">${t('charter.actions')}</span></th>`}
                  </tr>
                </thead>
                <tbody>
                  ${repeat(doc.rhythms, (r) => r.id, (r, i) => this.renderRhythmRow(r, i))}
                </tbody>
              </table>
            </div>`
          : nothing}
      </section>

      <section aria-labelledby="exit-title" part="exit-criteria">
        <div class="section-head"><h3 id="exit-title">${t('charter.exit.heading')}</h3>${this.addButton('exitCriteria')}</div>
        <ol class="exit">
          ${repeat(
            doc.exitCriteria,
            (c) => c.id,
            (c, i) =>
              html`<li data-id=${c.id}>
                ${ro
                  ? c.text
                  : html`${this.textField(t('charter.exit.item', { n: i + 1 }), c.text, (v) => this.updateIn('exitCriteria', c.id, { text: v }, 'charter.changed.exit'), {
                      rows: 1,
                      oneLine: false,
                    })}
                    ${this.itemActions('exitCriteria', c.id, i, t('charter.exit.name', { n: i + 1 }))}`}
              </li>`,
          )}
        </ol>
      </section>

      ${advice.length && !ro
        ? html`<section class="advice" part="advice" aria-labelledby="advice-title">
            <h3 id="advice-title">${t('charter.advice.heading')}</h3>
            <ul>
              ${advice.map((a) => html`<li>${adviceText(t, doc, a)}</li>`)}
            </ul>
          </section>`
        : nothing}
    `;
  }
}
