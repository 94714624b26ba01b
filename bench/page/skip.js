/** Thrown from a scenario's setup when it cannot run here (an element or a control is missing); the run goes on. */
export class Skip extends Error {}
