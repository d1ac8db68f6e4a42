/**
 * Where an element starts on the page (px from the top of the document), kept current as the
 * page above it changes: the window-scrolled list of events needs it to know which rows are on
 * the screen, and the timeline, filters and notices above the list change height.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [topPx, setTopPx] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (): void => setTopPx(el.getBoundingClientRect().top + window.scrollY);
    measure();
    // Anything above the list that grows or shrinks changes the page's height; the list's own
    // height changes too, and then the same top is set again (no render).
    const observer = new ResizeObserver(measure);
    observer.observe(document.documentElement);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
  return topPx;
}
