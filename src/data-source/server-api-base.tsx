import { createContext, useContext } from 'react';

/** The configured API's base URL (not that of the chosen dataset): where server datasets live. */
export const ServerApiBaseContext = createContext<string | null>(null);

export function useServerApiBase(): string | null {
  return useContext(ServerApiBaseContext);
}
