import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

// The gateway serves the built portal on its own origin; `nx serve portal` (port 4200) forwards the API to it.
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:4000';

/** Ships the operations' hashes (written by `npm run portal:codegen`) with the build, for the gateway to know them by hash. */
const persistedDocuments: Plugin = {
  name: 'persisted-documents',
  generateBundle() {
    const source = readFileSync(join(__dirname, 'src', 'gql', 'persisted-documents.json'), 'utf8');
    this.emitFile({ type: 'asset', fileName: 'persisted-documents.json', source });
  },
};

export default defineConfig({
  plugins: [persistedDocuments],
  root: __dirname,
  // Vite 8 compiles JSX itself (oxc); @vitejs/plugin-react would only add fast refresh, and its peers do not resolve.
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: '../../dist/apps/portal', emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  server: {
    port: 4200,
    proxy: Object.fromEntries(['/graphql', '/portal/config', '/dev', '/uploads'].map((path) => [path, gateway])),
  },
});
