import type { ReactNode } from 'react';
import { useSetView, useView } from '../../state/view-hooks';
import { serializeViewState, type ViewChange } from '../../state/view-url';

/** A real link (open in a new tab, copy) that changes the view in place when clicked. */
export function ViewLink({
  change,
  children,
  className,
}: {
  change: ViewChange;
  children: ReactNode;
  className?: string;
}) {
  const view = useView();
  const setView = useSetView();
  return (
    <a
      className={className}
      href={serializeViewState({ ...view, ...change }) || '?'}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        setView(change);
        window.scrollTo({ top: 0 });
      }}
    >
      {children}
    </a>
  );
}
