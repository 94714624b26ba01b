import { useState, type ReactElement } from 'react';
import type { RiskRegisterDocument } from 'partnership-worksheets';
// Types only (erased from the build): <pw-risk-register> in JSX, with its properties and events.
import type {} from 'partnership-worksheets/react';
import register from './register.json';

// A JSON import is typed loosely (`kind: string`); the element validates whatever it is given anyway.
const initialRegister = register as RiskRegisterDocument;
/** Text that is not a valid register (a rating of 9), to show how the element refuses it. */
const brokenRegister = JSON.stringify({ ...initialRegister, risks: [{ ...initialRegister.risks[0], likelihood: 9 }] });

export function App(): ReactElement {
  // The element keeps the learner's edits. Give it a document once (a stable object: React sets `value` again
  // only when the prop changes, which would replace the edits and the undo history) and read edits back.
  const [input, setInput] = useState<RiskRegisterDocument | string>(initialRegister);
  const [doc, setDoc] = useState<RiskRegisterDocument>(initialRegister);
  const [edits, setEdits] = useState(0);
  const [problem, setProblem] = useState<string>();

  return (
    <main>
      <h1>Partnership risks</h1>
      <p aria-live="polite">
        <strong id="title">{doc.title}</strong>: <span id="count">{doc.risks.length}</span> risks,{' '}
        <span id="edits">{edits}</span> edits
      </p>
      <button type="button" onClick={() => setInput(brokenRegister)}>
        Load a broken register
      </button>
      {problem ? <p role="alert">{problem}</p> : null}
      <pw-risk-register
        value={input}
        onChange={(event) => {
          setDoc(event.target.value);
          setEdits((n) => n + 1);
        }}
        onpw-invalid={(event) => setProblem(event.detail.errors.map((e) => `${e.path}: ${e.message}`).join('; '))}
      >
        <p>List what could go wrong in the alliance and rate each risk from 1 to 5.</p>
      </pw-risk-register>
    </main>
  );
}
