import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const fromWorkspace = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// The Express server on :3000 owns the API, the LTI endpoints and Socket.IO;
// in development Vite serves the SPA and forwards those paths to it.
const backend = 'http://127.0.0.1:3000';

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  resolve: {
    // Same targets as tsconfig.base.json "paths": the libs are consumed as source, not built.
    alias: {
      '@lti-rooms/domain': fromWorkspace('libs/domain/src/index.ts'),
      '@lti-rooms/contracts': fromWorkspace('libs/contracts/src/index.ts'),
    },
  },
  build: {
    outDir: fromWorkspace('dist/web'),
    emptyOutDir: true,
    // The server serves dist/web to everyone: no source maps in it (README "Operations").
    sourcemap: false,
  },
  server: {
    port: 4200,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/lti': { target: backend, changeOrigin: false },
      '/socket.io': { target: backend, ws: true, changeOrigin: false },
    },
  },
});
