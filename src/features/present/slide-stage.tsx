import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { fitSlide, type SlideFit, type Size } from './slide-fit';

interface SlideStageProps {
  children: ReactNode;
  /** Lay the content out at this width (a projected slide); without it, at the box's width. */
  designWidth?: number;
  /** A fixed box to fit (a printed page); without it, the stage fills its parent and follows it. */
  box?: Size;
  className?: string;
}

const UNSCALED: SlideFit = { scale: 1, left: 0, top: 0 };

function sameFit(a: SlideFit, b: SlideFit) {
  return (
    Math.abs(a.scale - b.scale) < 0.001 && Math.abs(a.left - b.left) < 0.5 && Math.abs(a.top - b.top) < 0.5
  );
}

/** Scales a slide, fonts and chart together, to fill its box at any aspect ratio without spilling. */
export function SlideStage({ children, designWidth, box, className }: SlideStageProps) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<SlideFit>(UNSCALED);
  // The width the content has on screen: a printed page keeps it, because charts are not drawn
  // again while the browser lays out the print.
  const [screenWidth, setScreenWidth] = useState<number | null>(null);
  const fitted = designWidth !== undefined || box !== undefined;
  const boxWidth = box?.width;
  const boxHeight = box?.height;
  const contentWidth = designWidth ?? (box ? (screenWidth ?? undefined) : undefined);

  useLayoutEffect(() => {
    const innerElement = inner.current;
    if (box !== undefined || designWidth !== undefined || !innerElement) return;
    const remember = () => setScreenWidth(innerElement.offsetWidth);
    remember();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(remember);
    observer.observe(innerElement);
    return () => observer.disconnect();
  }, [box, designWidth]);

  useLayoutEffect(() => {
    const outerElement = outer.current;
    const innerElement = inner.current;
    if (!fitted || !outerElement || !innerElement) {
      setFit(UNSCALED);
      return;
    }
    const measure = () => {
      // offsetWidth/offsetHeight are the layout size, before the transform.
      const content = { width: innerElement.offsetWidth, height: innerElement.offsetHeight };
      const area =
        boxWidth !== undefined && boxHeight !== undefined
          ? { width: boxWidth, height: boxHeight }
          : { width: outerElement.clientWidth, height: outerElement.clientHeight };
      const next = fitSlide(content, area);
      setFit((current) => (sameFit(current, next) ? current : next));
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(outerElement);
    observer.observe(innerElement);
    return () => observer.disconnect();
  }, [fitted, boxWidth, boxHeight, contentWidth]);

  return (
    <div
      ref={outer}
      className={['slide-stage', fitted ? 'is-fitted' : '', className ?? ''].filter(Boolean).join(' ')}
      style={box ? { width: box.width, height: box.height } : undefined}
    >
      <div
        ref={inner}
        className="slide-stage-content"
        style={
          fitted
            ? {
                width: contentWidth,
                transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})`,
              }
            : undefined
        }
      >
        {children}
      </div>
    </div>
  );
}
