import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRtl } from './i18n.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Roving tabindex over a grid (or a list, with one column): one item is in the tab order, the arrow keys,
 * Home and End move between items. Left and right follow the visual direction, so RTL works.
 */
export class RovingFocus implements ReactiveController {
  index = 0;

  constructor(
    private readonly host: Host,
    private readonly selector: string,
    private readonly columns: () => number = () => 1,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The tabindex for the item at `i`. */
  tabIndexFor(i: number): 0 | -1 {
    return i === this.index ? 0 : -1;
  }

  private items(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>(this.selector)];
  }

  /** Keep the roving index where focus lands (click, or Tab into the group). */
  readonly onFocusIn = (e: FocusEvent): void => {
    const i = this.items().indexOf(e.composedPath()[0] as HTMLElement);
    if (i >= 0 && i !== this.index) {
      this.index = i;
      this.host.requestUpdate();
    }
  };

  readonly onKeyDown = (e: KeyboardEvent): void => {
    const items = this.items();
    const count = items.length;
    if (!count) return;
    const cols = Math.max(1, this.columns());
    const rtl = isRtl(this.host);
    const step = (dx: number) => (rtl ? -dx : dx);
    let next = this.index;
    switch (e.key) {
      case 'ArrowRight':
        next += step(1);
        break;
      case 'ArrowLeft':
        next += step(-1);
        break;
      case 'ArrowDown':
        next += cols;
        break;
      case 'ArrowUp':
        next -= cols;
        break;
      case 'Home':
        next = e.ctrlKey || cols === 1 ? 0 : next - (next % cols);
        break;
      case 'End':
        next = e.ctrlKey || cols === 1 ? count - 1 : Math.min(count - 1, next - (next % cols) + cols - 1);
        break;
      default:
        return;
    }
    e.preventDefault();
    next = Math.max(0, Math.min(count - 1, next));
    this.index = next;
    this.host.requestUpdate();
    items[next]?.focus();
  };
}
