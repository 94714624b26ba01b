import type { Translate } from '../../core/i18n.js';
import type { OkrBuilderDocument } from '../../models/okr-builder/types.js';

/** Which way a move button or Alt+arrow moves an item. */
export type Direction = -1 | 1;

/**
 * What the render functions need from the element. Handlers take ids and read the element's current document
 * when they run, never a document captured at render time (several edits can land before the next render).
 */
export interface OkrContext {
  /** The document being rendered: for display only. */
  doc: OkrBuilderDocument;
  readonly: boolean;
  today: string;
  /** Messages and formats in the element's locale. */
  t: Translate;
  /** Laid out right to left: the trend's time axis runs from the right. */
  rtl: boolean;
  /** `objectiveId/keyResultId` of the key result whose check-in panel is open. */
  openCheckIn: string | null;
  /** A refused field entry, shown on its objective (written in the locale of the moment it is shown). */
  fieldError: { objectiveId: string; message: (t: Translate) => string } | null;
  /** The id of the objective or key result being dragged. */
  dragging: string | null;

  objectiveTitle: (objectiveId: string, e: Event) => void;
  toggleOwner: (objectiveId: string, teamId: string, owns: boolean) => void;
  moveObjective: (objectiveId: string, direction: Direction, e: Event) => void;
  duplicateObjective: (objectiveId: string) => void;
  removeObjective: (objectiveId: string) => void;
  addKeyResult: (objectiveId: string) => void;

  keyResultText: (objectiveId: string, keyResultId: string, field: 'title' | 'unit', e: Event) => void;
  keyResultNumber: (objectiveId: string, keyResultId: string, field: 'start' | 'target' | 'current' | 'confidence', e: Event) => void;
  keyResultOwner: (objectiveId: string, keyResultId: string, owner: string) => void;
  removeKeyResult: (objectiveId: string, keyResultId: string) => void;

  toggleCheckIn: (objectiveId: string, keyResultId: string) => void;
  recordCheckIn: (objectiveId: string, keyResultId: string, e: SubmitEvent) => void;
  removeCheckIn: (objectiveId: string, keyResultId: string, checkInId: string) => void;

  markDirty: (e: Event) => void;
}

/** The DOM key of a key result: its id is unique only within its objective. */
export const krKey = (objectiveId: string, keyResultId: string): string => `${objectiveId}/${keyResultId}`;
