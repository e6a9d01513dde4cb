/**
 * Builds the tab shell (Teams tabs and the standalone console) into tabs/dist, served by the
 * server at /tabs (shared/http/tabs-router.ts). Hashed file names under assets/ let the server
 * cache them forever; index.html stays uncached so a deploy is picked up at once. Every text file
 * also gets .br and .gz copies (build/precompress.ts) that the server sends to browsers that
 * accept them.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress.js';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/tabs/',
  plugins: [react(), precompress()],
  // `npx vite --config tabs/vite.config.ts` serves the tabs with hot reload; the API stays on
  // the running Relais server (RELAIS_URL, default http://localhost:3978).
  server: {
    proxy: { '/api': process.env.RELAIS_URL ?? 'http://localhost:3978' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    sourcemap: false,
    // Libraries change less often than the app: separate chunks stay cached across deploys.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'teams-js', test: /node_modules[\\/](@microsoft[\\/]teams-js|base64-js|debug|ms)[\\/]/ },
            // only the news pages (a lazy chunk) draw Adaptive Cards
            { name: 'adaptivecards', test: /node_modules[\\/](adaptivecards|swiper|ssr-window|dom7)[\\/]/ },
            // only the insights pages (a lazy chunk) draw charts: kept out of the first JavaScript
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
            { name: 'fluent', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
