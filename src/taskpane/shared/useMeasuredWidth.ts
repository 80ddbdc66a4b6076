import { useLayoutEffect, useRef, useState, type RefObject } from "react";

/**
 * The width in CSS pixels of the element the returned ref is put on, following
 * its changes (ResizeObserver). Charts draw in these pixels, without a viewBox
 * that would scale their text with the pane: their text stays the body's size.
 * `fallback` until the element is measured, and where nothing can measure it (jsdom).
 */
export function useMeasuredWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (measured: number) => {
      if (measured > 0) setWidth(Math.floor(measured));
    };
    measure(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) measure(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
