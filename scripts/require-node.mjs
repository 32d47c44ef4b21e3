// Refuses to go on under a Node older than the one given, saying what to do instead. Used before
// the commands that run Electron's own tools (`npm start`, `npm run dev`, `npm run package`):
// Electron 45's launcher and downloader (electron, @electron/get) declare Node >= 22.12, while the
// web mode, the build and the tests run on Node 20.19+.
//   node scripts/require-node.mjs <minimum version> <what needs it>
const [minimum = '0.0.0', what = 'this command'] = process.argv.slice(2);
const parts = (version) => version.split('.').map((n) => Number.parseInt(n, 10) || 0);
const [have, need] = [parts(process.versions.node), parts(minimum)];
const older = need.some((n, i) => {
  const earlier = need.slice(0, i).every((m, j) => m === have[j]);
  return earlier && (have[i] ?? 0) < n;
});
if (older) {
  console.error(
    `${what} needs Node ${minimum} or newer (Electron's own launcher requires it); this is Node ${process.versions.node}.\n` +
      `Install a newer Node (e.g. \`nvm install 22\`), or run the console in a browser with this Node: npm run web`,
  );
  process.exit(1);
}
