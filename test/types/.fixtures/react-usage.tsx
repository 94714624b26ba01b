// What React 19 code may write, and what the typings refuse (each @ts-expect-error must bite, or tsc fails).
import type {} from 'partnership-worksheets/react';
import type { DealComparatorDocument, PlaybookDocument, PwRiskRegister, RiskRegisterDocument, StorageState } from 'partnership-worksheets';
import { useRef, type ReactElement } from 'react';

declare const register: RiskRegisterDocument;
declare const deal: DealComparatorDocument;
declare const playbook: PlaybookDocument;

export function Accepted(): ReactElement {
  const ref = useRef<PwRiskRegister>(null);
  return (
    <>
      <pw-risk-register
        ref={ref}
        value={register}
        readonly
        storage-key="week-3"
        storageKey="week-3"
        activity-id="https://example.org/course/week-3"
        theme="dark"
        today="2027-01-15"
        className="wide"
        onChange={(event) => {
          const doc: RiskRegisterDocument = event.target.value;
          return doc.risks.length;
        }}
        onInput={(event) => event.currentTarget.undo()}
        onpw-invalid={(event) => event.detail.errors.map((e) => `${e.path}: ${e.message}`)}
        onpw-storage={(event) => {
          const state: StorageState = event.detail.state;
          return state;
        }}
        onpw-xapi={(event) => event.detail.verb.display['en-US']}
      >
        <p>List the risks of the alliance.</p>
      </pw-risk-register>
      <pw-risk-register value='{"kind":"risk-register","version":1,"title":"","risks":[]}' />
      <pw-deal-comparator value={deal} locale="en-GB" />
      <pw-playbook value={playbook} onChange={(event) => event.target.value.sections.length} />
    </>
  );
}

// @ts-expect-error readonly is a boolean
export const readonlyText = <pw-risk-register readonly="yes" />;
// @ts-expect-error value is a document or JSON text, not a number
export const numberValue = <pw-risk-register value={42} />;
// @ts-expect-error a deal-comparator document is not a risk register
export const wrongKind = <pw-risk-register value={deal} />;
// @ts-expect-error theme is light, dark or auto
export const wrongTheme = <pw-okr-builder theme="sepia" />;
// @ts-expect-error React 19 would listen for an event named "PwInvalid": the prop is onpw-invalid
export const camelEvent = <pw-risk-register onPwInvalid={() => undefined} />;
// @ts-expect-error pw-invalid's detail has `errors`, not `error`
export const wrongDetail = <pw-risk-register onpw-invalid={(event) => event.detail.error} />;
export const wrongDocument = (
  <pw-risk-register
    onChange={(event) => {
      // @ts-expect-error the change handler's target is the risk register, whose value is a risk register
      const doc: DealComparatorDocument = event.target.value;
      return doc;
    }}
  />
);
