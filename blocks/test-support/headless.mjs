// Loads the bundle the compiler runs (built by build.mjs into target/classes) the way GraalJS does:
// one script in a fresh context with no host objects but the two timer functions.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {runInNewContext} from 'node:vm';

const built = process.env.KUMIKI_BLOCKS_OUT || join(import.meta.dirname, '..', 'target', 'classes', 'kumiki', 'blocks');

/** {@code globals}: extra names the script sees, such as KUMIKI_UNPATCHED_BLOCKLY (headless-patches.test.mjs). */
export function loadHeadless(globals = {}) {
  const sandbox = {setTimeout, clearTimeout, ...globals};
  runInNewContext(readFileSync(join(built, 'kumiki-headless.js'), 'utf8'), sandbox);
  sandbox.KumikiHeadless.init('en');
  return sandbox.KumikiHeadless;
}

export function builtFile(name) {
  return readFileSync(join(built, name), 'utf8');
}

/** A workspace whose "when Kumiki starts" holds the given statement blocks, one under the other. */
export function onStart(...statements) {
  let next = null;
  for (const block of statements.reverse()) {
    next = {...block, ...(next ? {next: {block: next}} : {})};
  }
  return JSON.stringify({blocks: {languageVersion: 0, blocks: [
    {type: 'kumiki_on_start', x: 0, y: 0, ...(next ? {inputs: {DO: {block: next}}} : {})},
  ]}});
}

/** A print block showing a value block. */
export function print(value) {
  return {type: 'kumiki_serial_print', inputs: {TEXT: {block: value}}};
}

/** Visits a saved block and every block under it: in its inputs (blocks and shadows) and below it. */
export function eachBlock(block, visit) {
  visit(block);
  for (const connection of [...Object.values(block.inputs || {}), block.next]) {
    if (connection && connection.block) eachBlock(connection.block, visit);
    if (connection && connection.shadow) eachBlock(connection.shadow, visit);
  }
}
