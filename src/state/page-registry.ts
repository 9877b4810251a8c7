import { createContext, useContext, type ReactNode } from 'react';
import type { Page } from './view-url';

/**
 * Renders a page by name. The app provides it, so that a slide can show any page's chart
 * without the presentation feature importing the other features.
 */
export const PageRendererContext = createContext<((page: Page) => ReactNode) | null>(null);

export function usePageRenderer(): (page: Page) => ReactNode {
  const render = useContext(PageRendererContext);
  if (!render) throw new Error('usePageRenderer needs a PageRendererContext provider');
  return render;
}
