import { type RefObject, useEffect } from 'react';

/** The box a chart has on paper: the width of an A4 page's text (210 mm less two margins of 15 mm) by 75 mm, in CSS pixels; partner-dashboard.css gives it the same box. */
const MM = 96 / 25.4;
export const PRINTED_CHART = { width: Math.floor(180 * MM), height: Math.floor(75 * MM) };

type Charts = typeof import('echarts/core');

/**
 * Makes the report print whole and at the paper's width:
 * - every "how it was made" and every table opens for the paper (and closes again after), when the browser prints
 *   (`beforeprint`) or shows the page as printed (the `print` media query);
 * - the charts are drawn again at their size on paper, so their text prints at its own size; after printing they
 *   fit their box on screen again;
 * - each chart's SVG gets a viewBox of its drawn size, so that a chart the browser printed without drawing it again
 *   scales to the page's width instead of being cut off.
 */
export function usePrintLayout(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let charts: Charts | undefined;
    let cancelled = false;
    // Already loaded by the charts themselves (hours-chart-render): the instances are found by their element.
    import('echarts/core').then((module) => {
      if (!cancelled) charts = module;
    });
    const redraw = (size?: { width: number; height: number }) =>
      element.querySelectorAll<HTMLElement>('.chart').forEach((box) => {
        const chart = charts?.getInstanceByDom(box);
        if (!chart) return;
        chart.resize(size);
        // Drawn now, not at the next frame: the browser prints what is there when `beforeprint` returns.
        chart.getZr().flush();
      });

    const opened: HTMLDetailsElement[] = [];
    const forPaper = () => {
      element.querySelectorAll<HTMLDetailsElement>('details:not([open])').forEach((details) => {
        details.open = true;
        opened.push(details);
      });
      redraw(PRINTED_CHART);
    };
    const forScreen = () => {
      opened.splice(0).forEach((details) => (details.open = false));
      redraw();
    };
    const print = window.matchMedia('print');
    const media = () => (print.matches ? forPaper() : forScreen());
    window.addEventListener('beforeprint', forPaper);
    window.addEventListener('afterprint', forScreen);
    print.addEventListener('change', media);

    const scalable = () =>
      element.querySelectorAll<SVGSVGElement>('.chart svg').forEach((svg) => {
        const width = Number(svg.getAttribute('width'));
        const height = Number(svg.getAttribute('height'));
        const viewBox = `0 0 ${width} ${height}`;
        if (width > 0 && height > 0 && svg.getAttribute('viewBox') !== viewBox) svg.setAttribute('viewBox', viewBox);
      });
    const observer = new MutationObserver(scalable);
    observer.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: ['width', 'height'] });
    scalable();
    return () => {
      cancelled = true;
      window.removeEventListener('beforeprint', forPaper);
      window.removeEventListener('afterprint', forScreen);
      print.removeEventListener('change', media);
      observer.disconnect();
    };
  }, [root]);
}
