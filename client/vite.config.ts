// Vite builds the client from client/ into client/dist, which server/http.ts serves at /. In `vite dev`,
// /graphql is proxied to the server started by `npm start` (port 4000).
//
// `vite build --mode hooks` builds the same client with its test and bench hooks (window.vanban, `?bench=N`) into
// client/dist-hooks, which the browser tests and the client bench serve. The production build leaves them out:
// __VANBAN_HOOKS__ is the literal false there, so the branch that loads them is dropped.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const HOOKS_MODE = 'hooks';

export default defineConfig(({ command, mode }) => {
  const hooks = command === 'serve' || mode === HOOKS_MODE;
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: '/',
    define: { __VANBAN_HOOKS__: JSON.stringify(hooks) },
    build: {
      outDir: fileURLToPath(new URL(mode === HOOKS_MODE ? './dist-hooks' : './dist', import.meta.url)),
      emptyOutDir: true,
      chunkSizeWarningLimit: 1500,
      sourcemap: false,
    },
    server: {
      proxy: { '/graphql': 'http://127.0.0.1:4000' },
    },
  };
});
