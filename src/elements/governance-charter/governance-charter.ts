import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { commitOnEnter } from '../../core/fields.js';
import { icons } from '../../core/icons.js';
import { ResizeController } from '../../core/resize.js';
import { WorksheetElement } from '../../core/worksheet-element.js';
import type { KindSpec } from '../../models/shared/kind.js';
import { addItem, moveItem, nextItemId, removeItem, updateItem, useSampleCharter } from '../../models/governance-charter/ops.js';
import { CADENCE_LABEL, charterAdvice, escalationDays, escalationLadder, rhythmCalendar } from '../../models/governance-charter/selectors.js';
import { governanceCharterSpec } from '../../models/governance-charter/spec.js';
import {
  CADENCES,
  VOTING_RULES,
  type CharterList,
  type EscalationLevel,
  type GoverningBody,
  type GovernanceCharterDocument,
  type OperatingRhythm,
} from '../../models/governance-charter/types.js';
import { governanceCharterStyles } from './governance-charter.styles.js';
import { renderLadder } from './ladder.js';

type Doc = GovernanceCharterDocument;

const VOTING_LABEL: Record<(typeof VOTING_RULES)[number], string> = {
  consensus: 'Consensus',
  'simple-majority': 'Simple majority',
  'two-thirds': 'Two-thirds majority',
  unanimous: 'Unanimity',
  'chair-decides': 'Chair decides',
};
const NOUN: Record<CharterList, string> = { bodies: 'governing body', escalation: 'escalation level', rhythms: 'meeting', exitCriteria: 'exit criterion' };

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
    return 'Untitled governance charter';
  }

  private updateIn<L extends CharterList>(list: L, id: string, patch: Partial<Doc[L][number]>, what: string): void {
    this.commit(updateItem(this.doc, list, id, patch), what);
  }

  private async add(list: CharterList): Promise<void> {
    const id = nextItemId(this.doc, list);
    this.commit(addItem(this.doc, list, { id }), `Added a ${NOUN[list]}`);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] :is(textarea, input, select)`)?.focus();
  }

  private async move(list: CharterList, id: string, delta: number, name: string): Promise<void> {
    const next = moveItem(this.doc, list, id, delta);
    if (next === this.doc) return;
    this.commit(next, `Moved ${name} ${delta < 0 ? 'up' : 'down'}`);
    await this.updateComplete;
    // Keep focus on the same control of the moved item, so repeated presses keep moving it.
    this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] button[data-move="${delta < 0 ? 'up' : 'down'}"]:not([aria-disabled="true"])`)?.focus();
  }

  private async removeFrom(list: CharterList, id: string, name: string): Promise<void> {
    const items = this.doc[list] as Array<{ id: string }>;
    const at = items.findIndex((i) => i.id === id);
    this.commit(removeItem(this.doc, list, id), `Deleted ${name}. Undo with Ctrl+Z.`);
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
      <button type="button" class="icon" data-move="up" aria-label=${`Move ${name} up`} aria-disabled=${String(index === 0)} @click=${() => this.move(list, id, -1, name)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" class="icon" data-move="down" aria-label=${`Move ${name} down`} aria-disabled=${String(index === count - 1)} @click=${() => this.move(list, id, 1, name)}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" class="icon danger" aria-label=${`Delete ${name}`} @click=${() => this.removeFrom(list, id, name)}>${icons.trash}</button>
    </span>`;
  }

  private addButton(list: CharterList, label: string): TemplateResult | typeof nothing {
    return this.isReadonly ? nothing : html`<button type="button" data-add=${list} @click=${() => this.add(list)}>${icons.plus} ${label}</button>`;
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
      ${CADENCES.map((c) => html`<option value=${c} ?selected=${c === value}>${CADENCE_LABEL[c]}</option>`)}
    </select>`;
  }

  // ── sections ───────────────────────────────────────────────────────

  private renderBody(b: GoverningBody, i: number): TemplateResult {
    const ro = this.isReadonly;
    const name = b.name;
    if (ro) {
      return html`<article class="card" part="body" data-id=${b.id}>
        <h4>${b.name}</h4>
        <p class="meta">Meets ${CADENCE_LABEL[b.cadence].toLowerCase()}${b.voting ? ` · decides by ${VOTING_LABEL[b.voting].toLowerCase()}` : ''}${b.quorum ? ` · quorum: ${b.quorum}` : ''}</p>
        <ul class="people">${b.members.map((m) => html`<li>${m}</li>`)}</ul>
        <p><strong>Decision rights:</strong> ${b.decisionRights || '—'}</p>
      </article>`;
    }
    return html`<article class="card" part="body" data-id=${b.id}>
      <div class="card-head">
        ${this.textField(`Name of governing body ${i + 1}`, b.name, (t) => t.trim() && this.updateIn('bodies', b.id, { name: t.trim() }, 'Body renamed'))}
        ${this.itemActions('bodies', b.id, i, name)}
      </div>
      <div class="row">
        <label>Meets ${this.cadenceSelect(`Cadence of ${name}`, b.cadence, (c) => this.updateIn('bodies', b.id, { cadence: c }, 'Cadence changed'))}</label>
        <label
          >Decides by
          <select
            aria-label=${`Voting rule of ${name}`}
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value as GoverningBody['voting'] | '';
              this.updateIn('bodies', b.id, { voting: v || undefined }, 'Voting rule changed');
            }}
          >
            <option value="" ?selected=${!b.voting}>—</option>
            ${VOTING_RULES.map((r) => html`<option value=${r} ?selected=${r === b.voting}>${VOTING_LABEL[r]}</option>`)}
          </select>
        </label>
      </div>
      <label
        >Quorum
        ${this.textField(`Quorum of ${name}`, b.quorum ?? '', (t) => this.updateIn('bodies', b.id, { quorum: t.trim() || undefined }, 'Quorum changed'), { placeholder: 'e.g. 3 of 4, both sides present' })}
      </label>
      <label
        >Members, one per line
        ${this.textField(`Members of ${name}, one per line`, b.members.join('\n'), (t) => this.updateIn('bodies', b.id, { members: lines(t) }, 'Members changed'), {
          rows: 3,
          oneLine: false,
        })}
      </label>
      <label
        >Decision rights
        ${this.textField(`Decision rights of ${name}`, b.decisionRights, (t) => this.updateIn('bodies', b.id, { decisionRights: t }, 'Decision rights changed'), {
          rows: 2,
          oneLine: false,
        })}
      </label>
    </article>`;
  }

  private renderEscalationRow(e: EscalationLevel, i: number): TemplateResult {
    const name = `escalation level ${e.level}`;
    if (this.isReadonly) {
      return html`<tr data-id=${e.id}>
        <th scope="row" class="num">${e.level}</th>
        <td data-label="Trigger">${e.trigger}</td>
        <td data-label="Owner">${e.owner}</td>
        <td class="num" data-label="Response">${e.responseDays} days</td>
      </tr>`;
    }
    const int = (ev: Event, min: number, field: 'level' | 'responseDays', what: string) => {
      const el = ev.target as HTMLInputElement;
      const n = el.valueAsNumber;
      if (Number.isInteger(n) && n >= min && n <= 365) this.updateIn('escalation', e.id, { [field]: n }, what);
      else el.value = String(e[field]);
    };
    return html`<tr data-id=${e.id}>
      <th scope="row" class="num">
        <input type="number" min="1" step="1" aria-label=${`Level number of ${name}`} .value=${live(String(e.level))} @change=${(ev: Event) => int(ev, 1, 'level', 'Level changed')} />
      </th>
      <td class="wide" data-label="Trigger">${this.textField(`Trigger of ${name}`, e.trigger, (t) => this.updateIn('escalation', e.id, { trigger: t }, 'Trigger changed'), { oneLine: false })}</td>
      <td data-label="Owner">${this.textField(`Owner of ${name}`, e.owner, (t) => this.updateIn('escalation', e.id, { owner: t }, 'Owner changed'))}</td>
      <td class="num" data-label="Response (days)">
        <input
          type="number"
          min="0"
          max="365"
          step="1"
          aria-label=${`Response days of ${name}`}
          .value=${live(String(e.responseDays))}
          @change=${(ev: Event) => int(ev, 0, 'responseDays', 'Response time changed')}
        />
      </td>
      <td class="actions">${this.itemActions('escalation', e.id, i, name)}</td>
    </tr>`;
  }

  private renderRhythmRow(r: OperatingRhythm, i: number): TemplateResult {
    const name = r.name;
    if (this.isReadonly) {
      return html`<tr data-id=${r.id}>
        <th scope="row">${r.name}</th>
        <td data-label="Cadence">${CADENCE_LABEL[r.cadence]}</td>
        <td data-label="Participants">${r.participants.join(', ')}</td>
        <td class="wide" data-label="Outputs">${r.outputs}</td>
      </tr>`;
    }
    return html`<tr data-id=${r.id}>
      <th scope="row">${this.textField(`Name of meeting ${i + 1}`, r.name, (t) => t.trim() && this.updateIn('rhythms', r.id, { name: t.trim() }, 'Meeting renamed'))}</th>
      <td data-label="Cadence">${this.cadenceSelect(`Cadence of ${name}`, r.cadence, (c) => this.updateIn('rhythms', r.id, { cadence: c }, 'Cadence changed'))}</td>
      <td data-label="Participants, one per line">
        ${this.textField(`Participants of ${name}, one per line`, r.participants.join('\n'), (t) => this.updateIn('rhythms', r.id, { participants: lines(t) }, 'Participants changed'), {
          rows: 2,
          oneLine: false,
        })}
      </td>
      <td class="wide" data-label="Outputs">
        ${this.textField(`Outputs of ${name}`, r.outputs, (t) => this.updateIn('rhythms', r.id, { outputs: t }, 'Outputs changed'), { rows: 2, oneLine: false })}
      </td>
      <td class="actions">${this.itemActions('rhythms', r.id, i, name)}</td>
    </tr>`;
  }

  protected override renderWorksheet(): TemplateResult {
    const doc = this.doc;
    const ro = this.isReadonly;
    const ladder = escalationLadder(doc);
    const calendar = rhythmCalendar(doc);
    const advice = charterAdvice(doc);
    const empty = !doc.bodies.length && !doc.escalation.length && !doc.rhythms.length && !doc.exitCriteria.length;
    return html`
      ${empty
        ? html`<div class="empty">
            <p>This charter is empty.</p>
            ${ro
              ? nothing
              : html`<p>Add governing bodies, escalation levels, meetings and exit criteria below, or start from a sample charter for an AI-infrastructure alliance.</p>
                  <button type="button" @click=${() => this.commit(useSampleCharter(this.doc), 'Sample charter loaded')}>Load the sample charter</button>`}
          </div>`
        : nothing}

      <section aria-labelledby="bodies-title" part="bodies">
        <div class="section-head"><h3 id="bodies-title">Governing bodies</h3>${this.addButton('bodies', 'Add governing body')}</div>
        <div class="body-grid">${repeat(doc.bodies, (b) => b.id, (b, i) => this.renderBody(b, i))}</div>
      </section>

      <section aria-labelledby="escalation-title">
        <div class="section-head">
          <h3 id="escalation-title">Escalation ladder</h3>
          ${this.addButton('escalation', 'Add level')}
        </div>
        ${ladder.length
          ? html`<p class="lead">
                ${ladder.length} ${ladder.length === 1 ? 'level' : 'levels'}; a matter can take up to <strong>${escalationDays(doc)} days</strong> to reach the top.
              </p>
              <div class="ladder-frame">
                <svg
                  part="ladder"
                  role="img"
                  aria-label=${`Escalation ladder: ${ladder.map((s) => `level ${s.level}, ${s.owner || 'no owner'}, ${s.responseDays} days`).join('; ')}. The table below lists each level.`}
                  width=${this.size.layoutWidth}
                  height="190"
                  viewBox=${`0 0 ${this.size.layoutWidth} 190`}
                >
                  ${renderLadder(ladder, this.size.layoutWidth)}
                </svg>
              </div>`
          : nothing}
        ${doc.escalation.length
          ? html`<div class="table-wrap" role="region" aria-label="Escalation levels" tabindex="0">
              <table part="table" class="cards">
                <thead>
                  <tr>
                    <th scope="col" class="num">Level</th>
                    <th scope="col">Trigger</th>
                    <th scope="col">Owner</th>
                    <th scope="col" class="num">Response (days)</th>
                    ${ro ? nothing : html`<th scope="col"><span class="visually-hidden">Actions</span></th>`}
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
        <div class="section-head"><h3 id="rhythm-title">Operating rhythm</h3>${this.addButton('rhythms', 'Add meeting')}</div>
        ${calendar.length
          ? html`<ol class="calendar" part="calendar" aria-label="Meetings by cadence">
              ${calendar.map(
                (g) => html`<li>
                  <span class="cadence">${g.label}</span>
                  <ul>
                    ${g.rhythms.map((r) => html`<li>${r.name}</li>`)}
                  </ul>
                </li>`,
              )}
            </ol>`
          : nothing}
        ${doc.rhythms.length
          ? html`<div class="table-wrap" role="region" aria-label="Meetings" tabindex="0">
              <table part="table" class="cards">
                <thead>
                  <tr>
                    <th scope="col">Meeting</th>
                    <th scope="col">Cadence</th>
                    <th scope="col">Participants</th>
                    <th scope="col">Outputs</th>
                    ${ro ? nothing : html`<th scope="col"><span class="visually-hidden">Actions</span></th>`}
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
        <div class="section-head"><h3 id="exit-title">Exit criteria</h3>${this.addButton('exitCriteria', 'Add exit criterion')}</div>
        <ol class="exit">
          ${repeat(
            doc.exitCriteria,
            (c) => c.id,
            (c, i) =>
              html`<li data-id=${c.id}>
                ${ro
                  ? c.text
                  : html`${this.textField(`Exit criterion ${i + 1}`, c.text, (t) => this.updateIn('exitCriteria', c.id, { text: t }, 'Exit criterion changed'), {
                      rows: 1,
                      oneLine: false,
                    })}
                    ${this.itemActions('exitCriteria', c.id, i, `exit criterion ${i + 1}`)}`}
              </li>`,
          )}
        </ol>
      </section>

      ${advice.length && !ro
        ? html`<section class="advice" part="advice" aria-labelledby="advice-title">
            <h3 id="advice-title">Guidance</h3>
            <ul>
              ${advice.map((a) => html`<li>${a.message}</li>`)}
            </ul>
          </section>`
        : nothing}
    `;
  }
}
