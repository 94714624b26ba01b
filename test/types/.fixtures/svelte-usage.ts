// What Svelte markup may write on the worksheets, checked the way svelte-check does (svelteHTML.createElement).
/// <reference path="../../../node_modules/svelte/svelte-html.d.ts" />
import type {} from 'partnership-worksheets/svelte';
import type { RiskRegisterDocument } from 'partnership-worksheets';

declare const register: RiskRegisterDocument;

export const accepted = svelteHTML.createElement('pw-risk-register', {
  value: register,
  readonly: true,
  'storage-key': 'week-3',
  class: 'wide',
  onchange: (event) => event.target.value.risks.length,
  'onpw-invalid': (event) => event.detail.errors.length,
  'on:pw-storage': (event) => event.detail.state,
});
export const element: HTMLElement = accepted;

// @ts-expect-error readonly is a boolean
svelteHTML.createElement('pw-risk-register', { readonly: 'yes' });
// @ts-expect-error value is a document or JSON text, not a number
svelteHTML.createElement('pw-risk-register', { value: 42 });
// @ts-expect-error pw-invalid's detail has `errors`, not `error`
svelteHTML.createElement('pw-risk-register', { 'onpw-invalid': (event) => event.detail.error });
