import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { commitOnEnter } from '../../core/fields.js';
import { icons } from '../../core/icons.js';
import { teamUsage } from '../../models/okr-builder/ops.js';
import type { OkrBuilderDocument } from '../../models/okr-builder/types.js';

export interface SetupContext {
  doc: OkrBuilderDocument;
  readonly: boolean;
  period: (e: Event) => void;
  renameTeam: (teamId: string, e: Event) => void;
  addTeam: () => void;
  removeTeam: (teamId: string) => void;
  markDirty: (e: Event) => void;
}

/** The period and the teams (ours, the partner's, and any more), with their names. */
export function renderSetup(ctx: SetupContext): TemplateResult {
  const { doc } = ctx;
  if (ctx.readonly) {
    return html`<section class="setup" part="setup" aria-label="Period and teams">
      <p><span class="setup-label">Period</span> <strong>${doc.period || '—'}</strong></p>
      <p><span class="setup-label">Teams</span> ${doc.teams.map((t, i) => html`${i ? ', ' : ''}<strong>${t.name || t.id}</strong>`)}</p>
    </section>`;
  }
  return html`<section class="setup" part="setup" aria-label="Period and teams">
    <label class="period">
      <span class="setup-label">Period</span>
      <input
        type="text"
        placeholder="e.g. 2027-Q1"
        .value=${live(doc.period)}
        @input=${ctx.markDirty}
        @keydown=${commitOnEnter}
        @change=${ctx.period}
      />
    </label>
    <fieldset class="teams">
      <legend class="setup-label">Teams</legend>
      <ul>
        ${doc.teams.map((t, i) => {
          const used = teamUsage(doc, t.id);
          const label = t.name || `team ${i + 1}`;
          return html`<li data-team=${t.id}>
            <input
              type="text"
              aria-label=${`Name of team ${i + 1}${i === 0 ? ' (ours)' : i === 1 ? ' (partner)' : ''}`}
              .value=${live(t.name)}
              @input=${ctx.markDirty}
              @keydown=${commitOnEnter}
              @change=${(e: Event) => ctx.renameTeam(t.id, e)}
            />
            ${doc.teams.length > 1
              ? html`<button
                  type="button"
                  class="icon small danger"
                  aria-label=${used ? `${label} cannot be deleted: it owns ${used} objectives or key results` : `Delete team ${label}`}
                  title=${used ? 'In use: change its objectives and key results first' : 'Delete team'}
                  aria-disabled=${used ? 'true' : 'false'}
                  @click=${() => used || ctx.removeTeam(t.id)}
                >
                  ${icons.trash}
                </button>`
              : nothing}
          </li>`;
        })}
      </ul>
      <button type="button" class="add-team" @click=${ctx.addTeam}>${icons.plus} Add team</button>
    </fieldset>
  </section>`;
}
