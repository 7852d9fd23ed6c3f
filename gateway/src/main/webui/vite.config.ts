/// <reference types="vitest/config" />
import { fileURLToPath, URL } from "node:url";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

// The gateway the dev server forwards the API to (./mvnw -Prun starts it on 8080).
const gateway = process.env.MENTRA_GATEWAY ?? "http://localhost:8080";

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  build: {
    outDir: "dist",
    // no inline scripts or data: URLs that a strict Content-Security-Policy would refuse
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      // Tokens name the origin they were issued to (azp): the gateway's, so the dev server asks as the gateway.
      "/api": {
        target: gateway,
        ws: true,
        changeOrigin: true,
        configure: (proxy) => {
          proxy.on("proxyReq", (req) => req.setHeader("origin", gateway));
          proxy.on("proxyReqWs", (req) => req.setHeader("origin", gateway));
        },
      },
      "/config.json": { target: gateway, changeOrigin: true },
    },
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test/setup.ts"],
    restoreMocks: true,
  },
});
