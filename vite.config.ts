import { defineConfig } from 'vite';
import { fontSubset } from './scripts/fonts/vite-plugin-font-subset.ts';

export default defineConfig({
  plugins: [fontSubset()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
