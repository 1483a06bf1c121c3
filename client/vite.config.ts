// Vite builds the client from client/ into client/dist, which server/http.ts serves at /. In `vite dev`,
// /graphql is proxied to the server started by `npm start` (port 4000).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
