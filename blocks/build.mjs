// Bundles the block language for the WebView and for GraalJS with esbuild.
// Usage: node build.mjs OUTDIR   (Maven passes target/classes/kumiki/blocks)
import * as esbuild from 'esbuild';
import {cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {runInNewContext} from 'node:vm';
import {join, relative} from 'node:path';

const out = process.argv[2] || 'target/classes/kumiki/blocks';

// @blockly/field-colour requires every Blockly language generator for its own
// colour blocks, which Kumiki does not use. Resolve them to empty modules.
const stubGenerators = {
  name: 'stub-generators',
  setup(build) {
    build.onResolve({filter: /^blockly\/(javascript|dart|lua|php|python)$/}, (args) => ({path: args.path, namespace: 'stub'}));
    build.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'module.exports = {Order: {}};', loader: 'js'}));
  },
};

// Blockly's message modules (blockly/msg/en) are a wrapper that re-exports every key of the plain
// script beside it, so both end up in a bundle: 275 KB of messages twice over, parsed at every start of
// the headless compiler. The plain script alone is imported (kumiki.js takes its default export).
const plainMessages = {
  name: 'plain-messages',
  setup(build) {
    build.onResolve({filter: /^blockly\/msg\/[a-z-]+$/i}, (args) => ({
      path: join(import.meta.dirname, 'node_modules', 'blockly', 'msg', `${args.path.split('/').pop()}.js`)}));
  },
};

// The board's C++ parts (board/*.cpp) are imported as text, so blocks and collector share one copy.
const common = {bundle: true, format: 'iife', target: 'es2020', legalComments: 'eof', logLevel: 'warning', charset: 'utf8',
  loader: {'.cpp': 'text'}};

await esbuild.build({...common, entryPoints: {'kumiki-web': 'src/web.js'}, outdir: join(out, 'web'),
  platform: 'browser', plugins: [stubGenerators, plainMessages]});
await esbuild.build({...common, entryPoints: {'kumiki-headless': 'src/headless.js'}, outdir: out,
  platform: 'neutral', mainFields: ['module', 'main'], plugins: [plainMessages]});

mkdirSync(join(out, 'web'), {recursive: true});
cpSync('src/web/index.html', join(out, 'web', 'index.html'));
cpSync('node_modules/blockly/media', join(out, 'web', 'media'), {recursive: true});
// The UI font, from npm: Noto Sans JP (SIL Open Font License), one weight (5.5 MB). It has kana and
// kanji, so Japanese renders the same on every machine, whatever fonts it has. The page loads it with
// @font-face, the JavaFX window with Font.loadFont. (M PLUS Rounded 1c was tried first: JavaFX reads
// its line metrics as 315 px for 14 px text, so every text field grew to a third of the screen.)
const font = 'node_modules/@expo-google-fonts/noto-sans-jp';
mkdirSync(join(out, 'web', 'fonts'), {recursive: true});
cpSync(join(font, '400Regular', 'NotoSansJP_400Regular.ttf'), join(out, 'web', 'fonts', 'kumiki-ui.ttf'));
cpSync(join(font, 'LICENSE_FONT'), join(out, 'web', 'fonts', 'OFL.txt'));
// The board's C++ parts, for the collector sketches that the device module writes.
cpSync('src/board', join(out, 'board'), {recursive: true});

// The editor copies the page out of the jar before showing it; this is its list of files.
function list(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? list(join(dir, e.name)) : [join(dir, e.name)]);
}
const web = join(out, 'web');
const files = list(web).map((f) => relative(web, f).split('\\').join('/')).filter((f) => f !== 'files.txt').sort();
writeFileSync(join(web, 'files.txt'), files.join('\n') + '\n');

// Facts about each block (start block, statement or value, and what a value gives), read from the
// definitions by the very bundle the compiler runs, for the Java side: see blockFacts() in kumiki.js.
const sandbox = {setTimeout, clearTimeout};
runInNewContext(readFileSync(join(out, 'kumiki-headless.js'), 'utf8'), sandbox);
sandbox.KumikiHeadless.init('en');
const facts = JSON.parse(sandbox.KumikiHeadless.blockFacts());
writeFileSync(join(out, 'block-facts.json'),
    '{\n' + Object.entries(facts).map(([type, f]) => `  ${JSON.stringify(type)}: ${JSON.stringify(f)}`).join(',\n') + '\n}\n');
