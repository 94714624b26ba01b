import { formatDate, formatNumber, formatPercent, type Translate } from '../../core/i18n.js';
import type { OkrBand } from '../../models/okr-builder/types.js';
import './messages.js';

/** A key-result value in the locale's digits, without float noise (0.30000000000000004 → 0.3). */
export const num = (t: Translate, n: number): string => (Number.isFinite(n) ? formatNumber(t.locale, n, { maximumFractionDigits: 6 }) : String(n));

/** A value with its unit: "70 ms", "1.200 Kunden". The unit is the author's text. */
export const withUnit = (t: Translate, n: number, unit?: string): string => (unit ? t('okr.valueUnit', { value: num(t, n), unit }) : num(t, n));

/** A score or a confidence (0–1) as a percentage for the locale: "62%", "62 %". */
export const percent = (t: Translate, fraction: number): string => formatPercent(t.locale, fraction);

/** A check-in date (`YYYY-MM-DD`) as the locale writes it. */
export const day = (t: Translate, isoDate: string): string => formatDate(t.locale, isoDate);

/** A score band in words. */
export const bandLabel = (t: Translate, band: OkrBand): string => t(`okr.band.${band}`);

/** The author's text in the locale's quotation marks. */
export const quoted = (t: Translate, text: string): string => t('okr.quoted', { text });

/** A number for a native `<input type=number>`: plain digits, no grouping, no float noise. */
export const inputNumber = (n: number): string => (Number.isFinite(n) ? String(Math.round(n * 1e6) / 1e6) : '');
