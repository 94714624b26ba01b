/** Undo/redo over immutable snapshots, bounded so a long session does not grow without limit. */
export class History<T> {
  private past: Array<{ state: T; label: string }> = [];
  private future: Array<{ state: T; label: string }> = [];

  constructor(private readonly limit = 100) {}

  /** Records `previous` as the state to return to, with what the edit did. */
  record(previous: T, label: string): void {
    this.past.push({ state: previous, label });
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Returns the state to restore and the label of the edit undone, or undefined. */
  undo(current: T): { state: T; label: string } | undefined {
    const step = this.past.pop();
    if (step) this.future.push({ state: current, label: step.label });
    return step;
  }

  redo(current: T): { state: T; label: string } | undefined {
    const step = this.future.pop();
    if (step) this.past.push({ state: current, label: step.label });
    return step;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
