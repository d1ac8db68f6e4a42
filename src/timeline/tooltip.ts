/**
 * The hover card of the timeline: an element the engine owns (React never touches it), filled
 * with text nodes only, positioned next to the pointer and kept inside the host.
 */

export interface TooltipContent {
  title: string;
  meta: string;
}

export interface Tooltip {
  show(content: TooltipContent, xPx: number, yPx: number): void;
  hide(): void;
  destroy(): void;
}

const OFFSET_PX = 14;

export function createTooltip(host: HTMLElement): Tooltip {
  const el = document.createElement('div');
  el.className = 'tl-tooltip';
  // The same text is in the "Events in view" list; the card is for pointer users only.
  el.setAttribute('aria-hidden', 'true');
  const title = document.createElement('strong');
  // An event's title is article text: isolated, so a right-to-left override stays inside it.
  title.dir = 'auto';
  const meta = document.createElement('span');
  el.append(title, meta);
  el.hidden = true;
  host.appendChild(el);

  return {
    show(content, xPx, yPx) {
      title.textContent = content.title;
      meta.textContent = content.meta;
      el.hidden = false;
      const w = el.offsetWidth;
      const h = el.offsetHeight;
      const left =
        xPx + OFFSET_PX + w > host.clientWidth ? Math.max(0, xPx - OFFSET_PX - w) : xPx + OFFSET_PX;
      const top =
        yPx + OFFSET_PX + h > host.clientHeight
          ? Math.max(0, yPx - OFFSET_PX - h)
          : yPx + OFFSET_PX;
      el.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    },
    hide() {
      el.hidden = true;
    },
    destroy() {
      el.remove();
    },
  };
}
