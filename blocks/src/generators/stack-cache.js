/**
 * What each top-level stack gave the generator last time, for the headless compiler: with its warm
 * workspace (warm-workspace.js) a stack the child did not touch is the very same Block object as in
 * the last compile, so generating it again could only repeat what it did then (a stack whose fields
 * the warm workspace set anew is forgotten first). Generating is about half of a warm compile, and a
 * child edits one stack between two compiles.
 *
 * A stack's generator writes into the sketch through a few channels and reads back only a little:
 *  - keyed sections (addInclude, addSetup, addHelper ...): written, never read by blocks; replayed as
 *    the same calls in the same order, so first-wins keys and setup order come out the same;
 *  - code lists (loopCode_, handlers_ ...): appended to, never read; replayed as the same items;
 *  - names (nameDB_): read, since a loop counter or a handler takes the first free name; and
 *    teachUsed_, read by the first Teach block. These two are what a stack depends on from the
 *    stacks generated before it, so a stack is replayed only if they are as they were last time;
 *  - the whole program's facts (inferred types, whether it has events, which functions take which
 *    parameters): when they change, everything is generated again.
 * A generator that keeps state anywhere else must be added here; stack-cache.test.mjs fails on a
 * property of the generator it does not know, and compares cached with uncached sketches over runs
 * of random edits.
 */

/** The generator's keyed-section methods, each with the section it writes; each call is recorded and replayed. */
export const SECTIONS = {addInclude: 'includes_', addIncludeFirst: 'firstIncludes_', addGlobal: 'globals_',
  addSetup: 'setup_', addLibrary: 'libraries_', addHelper: 'helpers_', onButtonPress: 'buttonHandlers_',
  addPollState: 'pollState_', atFinish: 'finishers_', addEventSampling: 'eventSampling_', addEventPoll: 'eventPolls_'};
const SECTION_METHODS = Object.keys(SECTIONS);
/** The generator's code lists: only ever appended to while stacks are generated. */
export const CODE_LISTS = ['startCode_', 'loopCode_', 'handlers_', 'userFunctions_', 'teachEvents_'];

export class StackCache {
  constructor() {
    this.facts = null;
    this.entries = new Map(); // Block -> {before, calls, items, teachUsed, names}
    this.next = null;
    this.replayed = 0; // stacks replayed by the last generation (for benchmarks and tests)
  }

  /** Starts a generation; the program's facts decide whether anything kept still holds. */
  begin(generator, workspace) {
    const facts = programFacts(generator, workspace);
    if (facts !== this.facts) this.entries.clear();
    this.facts = facts;
    this.next = new Map();
    this.replayed = 0;
  }

  /** Generates one top-level stack, or replays what it did last time. */
  generate(generator, block) {
    const before = readState(generator);
    const kept = this.entries.get(block);
    if (kept && kept.before === before) {
      replay(generator, kept);
      this.next.set(block, kept);
      this.replayed++;
      return;
    }
    this.next.set(block, record(generator, () => generator.blockToCode(block), before));
  }

  /** Ends a generation: stacks no longer on the workspace are forgotten. */
  end() {
    this.entries = this.next;
    this.next = null;
  }

  /** A stack whose blocks were changed in place: what it gave last time no longer holds. */
  forget(block) {
    this.entries.delete(block);
  }
}

/**
 * Everything about the whole program that one stack's code can depend on: inferred types, event
 * waits, and each function's name and parameters (a call fills in arguments for the definition's
 * parameters, wherever that definition is).
 */
function programFacts(generator, workspace) {
  const functions = workspace.getTopBlocks(false)
      .filter((b) => b.type === 'procedures_defnoreturn' || b.type === 'procedures_defreturn')
      .map((b) => [b.id, b.type, b.getFieldValue('NAME'), b.getVarModels().map((v) => v.getId())]);
  return JSON.stringify([generator.typeInfo.signature(), generator.hasEvents, functions]);
}

/** The state a stack's generator reads: the names taken so far, and whether Teach is set up. */
function readState(generator) {
  const names = generator.nameDB_;
  return JSON.stringify([generator.teachUsed_, [...names.dbReverse], [...names.db].map(([type, m]) => [type, [...m]])]);
}

function record(generator, generate, before) {
  const calls = [];
  for (const method of SECTION_METHODS) {
    const real = Object.getPrototypeOf(generator)[method];
    generator[method] = function (...args) {
      calls.push([method, args]);
      return real.apply(this, args);
    };
  }
  const lengths = CODE_LISTS.map((list) => generator[list].length);
  try {
    generate();
  } finally {
    for (const method of SECTION_METHODS) delete generator[method];
  }
  const names = generator.nameDB_;
  return {
    before,
    calls,
    items: CODE_LISTS.map((list, i) => generator[list].slice(lengths[i])),
    teachUsed: generator.teachUsed_,
    names: {reverse: [...names.dbReverse], db: [...names.db].map(([type, m]) => [type, new Map(m)])},
  };
}

function replay(generator, entry) {
  for (const [method, args] of entry.calls) generator[method](...args);
  CODE_LISTS.forEach((list, i) => generator[list].push(...entry.items[i]));
  generator.teachUsed_ = entry.teachUsed;
  const names = generator.nameDB_;
  names.dbReverse.clear();
  for (const name of entry.names.reverse) names.dbReverse.add(name);
  names.db.clear();
  for (const [type, m] of entry.names.db) names.db.set(type, new Map(m));
}
