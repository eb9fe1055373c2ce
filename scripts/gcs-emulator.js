// Serves the Google Cloud Storage JSON API (/storage/v1, /upload/storage/v1, /download/storage/v1) of the
// firebase-tools Storage emulator, without its Java rules runtime: `firebase emulators:start` needs Java 21+
// and downloads cloud-storage-rules-runtime-*.jar at start, neither of which these machines have. The GCS JSON
// API routes use the emulator's admin storage layer, which never consults security rules, so they behave as they
// do under `firebase emulators:start`. Usage: node gcs-emulator.js <firebase-tools install dir> <host> <port> <project>
"use strict";
const path = require("path");
const [toolsDir, host, portText, projectId] = process.argv.slice(2);
const lib = path.resolve(toolsDir, "node_modules/firebase-tools/lib/emulator");
const { StorageEmulator } = require(path.join(lib, "storage/index.js"));
const { createApp } = require(path.join(lib, "storage/server.js"));
const { EmulatorRegistry } = require(path.join(lib, "registry.js"));

(async () => {
  const port = Number(portText);
  const emulator = new StorageEmulator({ projectId, host, port, rules: [], auto_download: false });
  // Object metadata builds its links from the registry's host and port.
  EmulatorRegistry.set("storage", emulator);
  const app = await createApp(projectId, emulator);
  const server = app.listen(port, host, () => console.log(`gcs-emulator: listening on ${host}:${port} (project ${projectId})`));
  server.on("error", (e) => { console.error(`gcs-emulator: ${e.message}`); process.exit(1); });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
})().catch((e) => { console.error(e); process.exit(1); });
