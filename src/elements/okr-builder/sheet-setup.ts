import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { commitOnEnter } from '../../core/fields.js';
import type { Translate } from '../../core/i18n.js';
import { icons } from '../../core/icons.js';
import { teamUsage } from '../../models/okr-builder/ops.js';
import type { OkrBuilderDocument } from '../../models/okr-builder/types.js';

export interface SetupContext {
  doc: OkrBuilderDocument;
  readonly: boolean;
  t: Translate;
  period: (e: Event) => void;
  renameTeam: (teamId: string, e: Event) => void;
  addTeam: () => void;
  removeTeam: (teamId: string) => void;
  markDirty: (e: Event) => void;
}

/** The period and the teams (ours, the partner's, and any more), with their names. */
export function renderSetup(ctx: SetupContext): TemplateResult {
  const { doc, t } = ctx;
  if (ctx.readonly) {
    return html`<section class="setup" part="setup" aria-label=${t('okr.setup.label')}>
      <p><span class="setup-label">${t('okr.setup.period')}</span> <strong>${doc.period || '—'}</strong></p>
      <p><span class="setup-label">${t('okr.setup.teams')}</span> ${doc.teams.map((team, i) => html`${i ? ', ' : ''}<strong>${team.name || team.id}</strong>`)}</p>
    </section>`;
  }
  return html`<section class="setup" part="setup" aria-label=${t('okr.setup.label')}>
    <label class="period">
      <span class="setup-label">${t('okr.setup.period')}</span>
      <input
        type="text"
        placeholder=${t('okr.setup.periodPlaceholder')}
        .value=${live(doc.period)}
        @input=${ctx.markDirty}
        @keydown=${commitOnEnter}
        @change=${ctx.period}
      />
    </label>
    <fieldset class="teams">
      <legend class="setup-label">${t('okr.setup.teams')}</legend>
      <ul>
        ${doc.teams.map((team, i) => {
          const used = teamUsage(doc, team.id);
          const number = i + 1;
          const label = team.name || t('okr.team.fallback', { number });
          return html`<li data-team=${team.id}>
            <input
              type="text"
              aria-label=${t(i === 0 ? 'okr.team.nameOurs' : i === 1 ? 'okr.team.namePartner' : 'okr.team.name', { number })}
              .value=${live(team.name)}
              @input=${ctx.markDirty}
              @keydown=${commitOnEnter}
              @change=${(e: Event) => ctx.renameTeam(team.id, e)}
            />
            ${doc.teams.length > 1
              ? html`<button
                  type="button"
                  class="icon small danger"
                  aria-label=${used ? t('okr.team.inUse', { name: label, count: used }) : t('okr.team.delete', { name: label })}
                  title=${t(used ? 'okr.team.inUseHint' : 'okr.team.deleteHint')}
                  aria-disabled=${used ? 'true' : 'false'}
                  @click=${() => used || ctx.removeTeam(team.id)}
                >
                  ${icons.trash}
                </button>`
              : nothing}
          </li>`;
        })}
      </ul>
      <button type="button" class="add-team" @click=${ctx.addTeam}>${icons.plus} ${t('okr.team.add')}</button>
    </fieldset>
  </section>`;
}
