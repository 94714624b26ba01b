// What Vue code may pass to the worksheets (GlobalComponents drives vue-tsc's template checks and h()).
import type {} from 'partnership-worksheets/vue';
import type { PwInvalidEvent, RiskRegisterDocument } from 'partnership-worksheets';
import { h, type GlobalComponents } from 'vue';

declare const register: RiskRegisterDocument;
type RiskRegisterProps = InstanceType<GlobalComponents['pw-risk-register']>['$props'];

export const accepted: RiskRegisterProps = {
  value: register,
  readonly: true,
  storageKey: 'week-3',
  theme: 'auto',
  onChange: (event) => event.target.value.risks.length,
  onPwInvalid: (event: PwInvalidEvent) => event.detail.errors[0]?.path,
  onPwStorage: (event) => event.detail.state,
  onPwXapi: (event) => event.detail.object.id,
};
export const asJson: RiskRegisterProps = { value: '{"kind":"risk-register"}' };

declare const RiskRegister: GlobalComponents['pw-risk-register'];
export const vnode = h(RiskRegister, { value: register, onChange: (event: Event) => event.type });

// @ts-expect-error readonly is a boolean
export const readonlyText: RiskRegisterProps = { readonly: 'yes' };
// @ts-expect-error value is a document or JSON text, not a number
export const numberValue: RiskRegisterProps = { value: 42 };
// @ts-expect-error pw-invalid's detail has `errors`, not `error`
export const wrongDetail: RiskRegisterProps = { onPwInvalid: (event) => event.detail.error };
// @ts-expect-error every worksheet is declared; no other pw- tag is
export type Unknown = GlobalComponents['pw-risk-regiser'];
