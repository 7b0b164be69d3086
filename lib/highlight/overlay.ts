/**
 * What Echt draws on LinkedIn or Facebook: outlines around highlighted posts and small badges.
 * Everything lives in one closed Shadow DOM host outside <body>, fixed over the viewport and
 * transparent to the mouse, so the page's layout, styles and behaviour are untouched (no layout
 * shift), the page's CSS cannot restyle it, and the collector's observer (on <body>) never sees it.
 */
// Written compact: the minifier leaves strings as they are, and every byte ships in the content script.
const STYLE = `:host{all:initial}
.layer{position:fixed;inset:0;pointer-events:none;z-index:2147483646}
.box{position:fixed;box-sizing:border-box;border:3px solid #0b57d0;border-radius:10px;box-shadow:0 0 0 4px #0b57d040;transition:opacity .6s}
.fading{opacity:0}
.tag{position:absolute;top:-24px;left:-3px;font:600 12px/1.3 system-ui,sans-serif;color:#fff;background:#0b57d0;padding:3px 8px;border-radius:6px 6px 0 0;white-space:nowrap}
.badge{position:fixed;max-width:360px;font:600 11px/1.3 system-ui,sans-serif;color:#fff;background:#8c0019;padding:2px 8px;border-radius:10px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;box-shadow:0 1px 3px #0000004d}`;

export interface Badge {
  card: Element;
  text: string;
}

/** How long a highlight stays, then fades (ms). */
const HIGHLIGHT_MS = 6000;

export class Overlay {
  readonly #host = document.createElement('echt-overlay');
  readonly #layer = document.createElement('div');
  #highlighted: Element[] = [];
  #label: string | null = null;
  #badges: Badge[] = [];
  #highlightUntil = 0;
  #frame = 0;
  /** Set while scroll and resize are listened to: only while something is shown. */
  #listening: AbortController | null = null;

  constructor() {
    const root = this.#host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.#layer.className = 'layer';
    root.append(style, this.#layer);
  }

  #attach(): void {
    if (!this.#host.isConnected) document.documentElement.append(this.#host);
  }

  /**
   * Outlines and badges follow their posts on scroll and resize. Most of the time neither is
   * shown, and then every scroll event would still call into the content script for nothing
   * (131 calls per 1,000-post fling): the listeners exist only while there is something to place.
   */
  #listen(): void {
    const wanted = this.#highlighted.length > 0 || this.#badges.length > 0;
    if (wanted === (this.#listening !== null)) return;
    if (!wanted) {
      this.#listening?.abort();
      this.#listening = null;
      return;
    }
    this.#listening = new AbortController();
    const options = { passive: true, signal: this.#listening.signal };
    const onMove = () => this.schedule();
    window.addEventListener('scroll', onMove, { ...options, capture: true });
    window.addEventListener('resize', onMove, options);
  }

  /** Outlines the cards for a few seconds, following them while the page scrolls. */
  highlight(cards: Element[], label: string | null): void {
    this.#highlighted = cards;
    this.#label = label;
    // The clock starts at the first frame drawn: a tab in the background draws nothing until shown.
    this.#highlightUntil = 0;
    this.#attach();
    this.#listen();
    this.schedule();
  }

  setBadges(badges: Badge[]): void {
    this.#badges = badges;
    if (badges.length > 0) this.#attach();
    this.#listen();
    this.#draw();
  }

  /** Redraws on the next frame; used on scroll and resize. */
  schedule(): void {
    if (this.#frame || (this.#highlighted.length === 0 && this.#badges.length === 0)) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#draw();
      if (this.#highlighted.length > 0) this.schedule();
    });
  }

  #draw(): void {
    const now = performance.now();
    if (this.#highlightUntil === 0) this.#highlightUntil = now + HIGHLIGHT_MS;
    if (this.#highlighted.length > 0 && now > this.#highlightUntil + 600) {
      this.#highlighted = [];
      this.#listen();
    }
    const fading = now > this.#highlightUntil;
    const parts: HTMLElement[] = [];
    for (const card of this.#highlighted) {
      const box = this.#place(card, 'box');
      if (!box) continue;
      if (fading) box.classList.add('fading');
      if (this.#label) {
        const tag = document.createElement('span');
        tag.className = 'tag';
        tag.textContent = this.#label;
        box.append(tag);
      }
      parts.push(box);
    }
    for (const badge of this.#badges) {
      const chip = this.#place(badge.card, 'badge');
      if (chip) {
        chip.textContent = badge.text;
        parts.push(chip);
      }
    }
    this.#layer.replaceChildren(...parts);
    if (parts.length === 0) this.#host.remove();
  }

  /** Positions an element over (box) or at the top right of (badge) a visible card. */
  #place(card: Element, kind: 'box' | 'badge'): HTMLElement | null {
    if (!card.isConnected) return null;
    const rect = card.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > innerHeight || rect.width === 0) return null;
    const element = document.createElement('div');
    element.className = kind;
    element.style.cssText =
      kind === 'box'
        ? `top:${rect.top - 4}px;left:${rect.left - 4}px;width:${rect.width + 8}px;height:${rect.height + 8}px`
        : // On the card's top edge, so it covers the gap between posts rather than the post itself.
          `top:${Math.max(rect.top - 9, 2)}px;right:${Math.max(innerWidth - rect.right + 12, 4)}px`;
    return element;
  }

  destroy(): void {
    cancelAnimationFrame(this.#frame);
    this.#listening?.abort();
    this.#listening = null;
    this.#host.remove();
  }
}
