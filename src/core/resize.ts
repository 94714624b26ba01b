import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the content width of an element in the host's shadow root, so charts lay out in real pixels. */
export class ResizeController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private observed?: Element;
  private frame = 0;

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

  /** The width to lay out for: measured, or the fallback before the first measurement. */
  get layoutWidth(): number {
    return this.width || this.fallback;
  }
}
