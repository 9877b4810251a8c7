/// <reference types="vite/client" />

/** False only in a build made with VITE_DEMO=false; lets the bundler drop the mock server. */
declare const __DEMO_ENABLED__: boolean;
