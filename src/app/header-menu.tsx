import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';

/**
 * A button that opens a panel below it (the settings, the pages on a narrow screen). Escape, a
 * click elsewhere or focus moving out of it closes the panel; Escape gives focus back to the button.
 */
export function useDisclosure(
  container: RefObject<HTMLElement | null>,
  button: RefObject<HTMLButtonElement | null>,
) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: Event) => {
      if (event.target instanceof Node && container.current?.contains(event.target)) return;
      setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('focusin', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('focusin', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open, container, button]);
  return {
    open,
    close: () => setOpen(false),
    toggle: () => setOpen((was) => !was),
    panelId,
  };
}

/** The header's settings (theme, CSV format): one button, the choices in a panel under it. */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { open, toggle, panelId } = useDisclosure(container, button);
  return (
    <div className="header-menu" ref={container}>
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        {label}
      </button>
      <div id={panelId} className="header-menu-panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
