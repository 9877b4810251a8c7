/** The width a projected slide is laid out at; it is then scaled to the screen, fonts included. */
export const SLIDE_DESIGN_WIDTH = 1024;

export interface Size {
  width: number;
  height: number;
}

export interface SlideFit {
  scale: number;
  /** Offsets that centre the scaled content in the box, in the box's pixels. */
  left: number;
  top: number;
}

/**
 * The largest scale at which `content` fits whole inside `box`, centred: at 1920×1080 a slide
 * laid out 1024 wide grows to fill the height, at 1024×768 it keeps its size with room below.
 * Nothing measured yet (a zero size) leaves the content as it is.
 */
export function fitSlide(content: Size, box: Size): SlideFit {
  if (content.width <= 0 || content.height <= 0 || box.width <= 0 || box.height <= 0) {
    return { scale: 1, left: 0, top: 0 };
  }
  const scale = Math.min(box.width / content.width, box.height / content.height);
  return {
    scale,
    left: (box.width - content.width * scale) / 2,
    top: (box.height - content.height * scale) / 2,
  };
}

/** A talk's elapsed time as the presenter reads it: `m:ss`, or `h:mm:ss` past the hour. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}
