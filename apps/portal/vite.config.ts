import { defineConfig } from 'vite';

// The gateway serves the built portal on its own origin; `nx serve portal` (port 4200) forwards the API to it.
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:4000';

export default defineConfig({
  root: __dirname,
  // Vite 8 compiles JSX itself (oxc); @vitejs/plugin-react would only add fast refresh, and its peers do not resolve.
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: '../../dist/apps/portal', emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  server: {
    port: 4200,
    proxy: Object.fromEntries(['/graphql', '/portal/config', '/dev'].map((path) => [path, gateway])),
  },
});
