// Every npm script runs on the Node 24 that the `node` devDependency installs into
// node_modules/.bin. `npm install --ignore-scripts` skips that install and silently
// leaves the machine's Node in charge, so stop early with a message that says why.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `This project needs Node 24 or newer; this is Node ${process.versions.node}.\n` +
      'Run `npm install` (without --ignore-scripts): it installs Node 24 into node_modules/.bin, ' +
      'which every `npm run` command uses.',
  );
  process.exit(1);
}
