import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app is served by the Hatang server itself (one process for API, tiles and web), so the build is a
// plain static folder at the site root. `vite --config web/vite.config.ts` is for working on the page:
// it forwards /api to a running `hatang serve` (HATANG_API_URL, default http://127.0.0.1:8080).
const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // MapLibre alone is ~1 MB minified; a warning about it on every build says nothing new.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // MapLibre's worker ships as .mjs; a module worker is refused unless served as JavaScript, and
        // plenty of static servers (and proxies in front of them) do not map .mjs. Every server maps .js.
        assetFileNames: (asset) =>
          asset.names.some((name) => name.endsWith('.mjs'))
            ? 'assets/[name]-[hash].js'
            : 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: {
    proxy: {
      '/api': process.env.HATANG_API_URL ?? 'http://127.0.0.1:8080',
    },
  },
});
