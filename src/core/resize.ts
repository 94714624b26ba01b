import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the content width of an element in the host's shadow root, so charts lay out in real pixels. */
export class ResizeController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private observed?: Element;
  private frame = 0;
  private triedToMeasure = false;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly selector: string,
    private readonly fallback = 640,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w <= 0 || w === this.width) return;
      // Re-render on the next frame, not inside the observer's callback (that would loop).
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.width = w;
        this.host.requestUpdate();
      });
    });
  }

  hostUpdated(): void {
    const target = this.host.renderRoot.querySelector(this.selector);
    if (target && target !== this.observed) {
      if (this.observed) this.observer?.unobserve(this.observed);
      this.observed = target;
      this.observer?.observe(target);
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observed = undefined;
  }

  /** True once the width has been read (by `measureNow()` or the observer), or could not be. */
  get measured(): boolean {
    return this.width > 0 || this.triedToMeasure;
  }

  /**
   * Reads the target's content width now (a forced layout) if it has not been read yet: for a host that renders
   * its costly part only once the width is known. Returns true when it read it (the host should render again).
   */
  measureNow(): boolean {
    if (this.measured) return false;
    const target = this.host.renderRoot.querySelector(this.selector);
    if (!target) return false;
    this.triedToMeasure = true;
    const style = getComputedStyle(target);
    const box = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
    // The same figure as the observer's `contentRect.width`, so that its first report changes nothing.
    const w = Math.floor(target.getBoundingClientRect().width - box.reduce((sum, k) => sum + (parseFloat(style[k]) || 0), 0));
    if (w > 0) this.width = w;
    return true;
  }

  /** The width to lay out for: measured, or the fallback before the first measurement. */
  get layoutWidth(): number {
    return this.width || this.fallback;
  }
}
