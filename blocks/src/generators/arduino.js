/**
 * The Arduino C++ generator for the Wio Terminal.
 *
 * Blocks do not write whole files. Each block's generator returns its own code
 * and, when it needs board parts, registers them through the keyed sections
 * below (includes, globals, setup lines, helper functions). A key is written
 * once however many blocks ask for it, so a sketch with ten screen blocks still
 * has one `#include` and one `tft.begin()`.
 */
import * as Blockly from 'blockly/core';
import {inferTypes, cppType, defaultValue} from '../types.js';
import {cppCommentLines, cppString} from './escape.js';

/**
 * C++ operator precedence, tightest first (cppreference's table). Blockly puts an operand in
 * parentheses unless it binds tighter than the place it goes (see valueToCode), so each level
 * is a whole number of its own. The gaps matter: the left operand of a left-to-right operator
 * is asked for at the next level out (leftOf), because (a - b) - c is a - b - c in C++, while
 * the right operand keeps its parentheses: a - (b - c) is not a - b - c.
 */
export const Order = {
  ATOMIC: 0,
  POSTFIX: 2, // f(x), a.b, x++
  UNARY: 3, // -x, !x, (double)x
  MULTIPLICATIVE: 5, // * / %
  ADDITIVE: 6, // + - on numbers
  CONCATENATION: 7, // + on String objects: never regrouped, "a" + (b + c) is not ("a" + b) + c
  RELATIONAL: 9, // < <= > >=
  EQUALITY: 10, // == !=
  LOGICAL_AND: 14,
  LOGICAL_OR: 15,
  CONDITIONAL: 16, // c ? a : b
  ASSIGNMENT: 17,
  NONE: 99,
};

/** Where the left operand of a left-to-right operator at {@code order} is asked for: one level out. */
export function leftOf(order) {
  return order + 1;
}

/**
 * A start block: nothing can sit above it or hold it, so a stack hangs from it. Read from the
 * block's own connections, so a new start block needs no list to join.
 */
export function isHat(block) {
  return !block.previousConnection && !block.outputConnection;
}

/** Event hats make waits poll events instead of calling delay(). */
export const EVENT_TYPES = new Set(['kumiki_on_button', 'kumiki_every', 'kumiki_teach_when_recognised',
  'kumiki_teach_when_stops']);

/** Blocks that keep the sensor sampled and the model running: with any of them, waits poll too. */
export function isTeachBlock(type) {
  return type.startsWith('kumiki_teach_');
}

/**
 * Every function and global Kumiki writes into a sketch by a fixed name. A block that adds a
 * helper must name it here (a test compiles every block and checks), so no variable can take it.
 */
export const HELPER_NAMES = ['kumiki_text', 'kumiki_wait', 'kumiki_pollEvents', 'kumiki_newPress',
  'kumiki_loudness', 'kumiki_drawText', 'kumiki_drawNumber', 'kumiki_randomInt', 'kumiki_constrain',
  'kumiki_isPrime', 'kumiki_map', 'kumiki_play', 'kumiki_background', 'kumiki_round',
  'kumiki_teach', 'kumiki_teachBegin', 'kumiki_teachRead', 'kumiki_teachClassify', 'kumiki_teachListen',
  'kumiki_teachLabel', 'kumiki_teachCertainty', 'kumiki_teachSetNeeded', 'kumiki_teachStart', 'kumiki_teachStop',
  'kumiki_model', 'kumiki_model_len', 'kumiki_model_labels', 'kumiki_model_mean', 'kumiki_model_scale',
  'kumiki_features', 'tflite'];

/** Setup order: the serial port first so early prints are seen, then hardware, then pins. */
export const SetupStage = {SERIAL: 0, HARDWARE: 1, PINS: 2, OTHER: 3};

const RESERVED =
  // C++ keywords
  'alignas,alignof,and,and_eq,asm,auto,bitand,bitor,bool,break,case,catch,char,char16_t,char32_t,' +
  'class,compl,const,constexpr,const_cast,continue,decltype,default,delete,do,double,dynamic_cast,' +
  'else,enum,explicit,export,extern,false,float,for,friend,goto,if,inline,int,long,mutable,namespace,' +
  'new,noexcept,not,not_eq,nullptr,operator,or,or_eq,private,protected,public,register,' +
  'reinterpret_cast,return,short,signed,sizeof,static,static_assert,static_cast,struct,switch,' +
  'template,this,thread_local,throw,true,try,typedef,typeid,typename,union,unsigned,using,virtual,' +
  'void,volatile,wchar_t,while,xor,xor_eq,' +
  // Arduino and Wio Terminal names a variable must not hide
  'setup,loop,Serial,String,tft,lis,delay,millis,micros,random,randomSeed,map,constrain,min,max,abs,' +
  'pow,sqrt,round,ceil,floor,fmod,sin,cos,tan,log,log10,exp,fabs,tone,noTone,pinMode,digitalRead,' +
  'digitalWrite,analogRead,analogWrite,HIGH,LOW,INPUT,OUTPUT,INPUT_PULLUP,Wire,Wire1,PI,yield,main,' +
  'A0,A1,A2,A3,A4,A5,A6,A7,A8,D0,D1,D2,D3,D4,D5,D6,D7,D8,' +
  // C library names a sketch may call (fmod, isnan ...) and the helpers and globals Kumiki writes:
  // a child's variable called kumiki_text becomes kumiki_text2 instead of hiding the helper.
  'fmod,isnan,isinf,lround,labs,' +
  // the microphone sampler's names (board/mic_sampler.cpp), written as they are for every sketch
  'ring,ringHead,ringTail,RING,startMicrophone,TC5_Handler,' +
  HELPER_NAMES.join(',');

export class ArduinoGenerator extends Blockly.CodeGenerator {
  constructor() {
    super('Arduino');
    this.INDENT = '  ';
    this.addReservedWords(RESERVED);
    // -(-x) must keep its parentheses; a && (b && c) and a || (b || c) mean the same without them.
    // a + (b + c) and a * (b * c) keep theirs: in floating point they can differ from (a + b) + c,
    // and the sketch must compute exactly what the blocks say.
    this.ORDER_OVERRIDES = [
      [Order.LOGICAL_AND, Order.LOGICAL_AND],
      [Order.LOGICAL_OR, Order.LOGICAL_OR],
    ];
    this.isInitialized = false;
    /** Set by the headless compiler only (stack-cache.js); the editor's blocks change under it. */
    this.stackCache = null;
  }

  init(workspace) {
    super.init(workspace);
    if (!this.nameDB_) {
      this.nameDB_ = new Blockly.Names(this.RESERVED_WORDS_);
    } else {
      this.nameDB_.reset();
    }
    this.nameDB_.setVariableMap(workspace.getVariableMap());
    this.nameDB_.populateVariables(workspace);
    this.nameDB_.populateProcedures(workspace);

    this.includes_ = new Map();
    this.firstIncludes_ = new Map();
    this.globals_ = new Map();
    this.setup_ = new Map();
    this.helpers_ = new Map();
    this.libraries_ = new Map();
    this.startCode_ = [];
    this.loopCode_ = [];
    this.eventPolls_ = new Map();
    this.eventSampling_ = new Map();
    this.pollState_ = new Map();
    this.buttonHandlers_ = new Map();
    this.handlers_ = [];
    this.userFunctions_ = [];
    this.typeInfo = inferTypes(workspace);
    this.workspace_ = workspace;
    this.finishers_ = new Map();
    this.teachUsed_ = false;
    this.teachEvents_ = [];
    this.hasEvents = workspace.getTopBlocks(false)
        .some((b) => EVENT_TYPES.has(b.type) && b.isEnabled()) ||
        workspace.getAllBlocks(false).some((b) => isTeachBlock(b.type) && b.isEnabled());
    this.isInitialized = true;
  }

  /** Only blocks under a hat run; loose blocks on the canvas are ignored. */
  workspaceToCode(workspace) {
    this.init(workspace);
    // Line markers (lineBlocks) are not kept: a marked sketch is generated afresh.
    const cache = this.STATEMENT_PREFIX ? null : this.stackCache;
    if (cache) cache.begin(this, workspace);
    for (const block of workspace.getTopBlocks(true)) {
      if (block.isEnabled() && isHat(block)) {
        if (cache) {
          cache.generate(this, block);
        } else {
          this.blockToCode(block);
        }
      }
    }
    if (cache) cache.end();
    return this.finish('');
  }

  // --- keyed sections -------------------------------------------------------

  addInclude(key, line) {
    if (!this.includes_.has(key)) this.includes_.set(key, line);
  }
  /**
   * An include that must come before every other, whichever block asked first. TFLM's headers pull in
   * the C++ standard library, and the Wio's screen library (TFT_eSPI.h) defines a min() macro that
   * breaks those headers when it is seen before them.
   */
  addIncludeFirst(key, line) {
    if (!this.firstIncludes_.has(key)) this.firstIncludes_.set(key, line);
  }
  addGlobal(key, code) {
    if (!this.globals_.has(key)) this.globals_.set(key, code);
  }
  addSetup(key, code, stage = SetupStage.OTHER) {
    if (!this.setup_.has(key)) this.setup_.set(key, {code, stage, index: this.setup_.size});
  }
  /** An Arduino library the sketch needs from the library index (for sketch.yaml). */
  addLibrary(name, version) {
    this.libraries_.set(name, version);
  }
  /** A helper function, written once, before setup(). Its name is fixed so code stays readable. */
  addHelper(name, code) {
    if (!this.helpers_.has(name)) this.helpers_.set(name, code);
    return name;
  }
  /** All handlers of one button share one edge detector, so each press runs every one of them. */
  onButtonPress(pin, state, handler) {
    if (!this.buttonHandlers_.has(pin)) this.buttonHandlers_.set(pin, {state, handlers: []});
    this.buttonHandlers_.get(pin).handlers.push(handler);
  }
  /**
   * State that only the event poll uses (a button's last state, a timer's last run), kept as a
   * static inside kumiki_pollEvents so no global name can meet a child's variable.
   */
  addPollState(key, declaration) {
    if (!this.pollState_.has(key)) this.pollState_.set(key, declaration);
  }
  /** Work that needs every block generated first (the Teach poll names every Teach hat), once per key. */
  atFinish(key, fn) {
    if (!this.finishers_.has(key)) this.finishers_.set(key, fn);
  }
  /**
   * Work the event poll does even while a handler runs and waits (a sensor read on a schedule), before
   * the "busy" check: a note played in a handler must not leave a hole in the readings.
   */
  addEventSampling(key, code) {
    if (!this.eventSampling_.has(key)) this.eventSampling_.set(key, code);
  }
  addEventPoll(key, code) {
    if (!this.eventPolls_.has(key)) this.eventPolls_.set(key, []);
    this.eventPolls_.get(key).push(code);
  }

  // --- values and types -----------------------------------------------------

  /** The Kumiki type ('Number', 'String', 'Boolean') of the block plugged into an input. */
  inputType(block, name) {
    return this.typeInfo.exprType(block.getInputTargetBlock(name));
  }

  /**
   * Code for an input converted to the wanted type, with a safe default when empty, ready to stand
   * where {@code order} says: a conversion wraps what it converts, so it binds as a call does.
   */
  valueAs(block, name, wanted, order = Order.NONE) {
    const target = block.getInputTargetBlock(name);
    if (!target) return defaultValue(wanted);
    const have = this.typeInfo.exprType(target);
    if (have === wanted || !wanted) return this.valueToCode(block, name, order) || defaultValue(wanted);
    const code = this.valueToCode(block, name, Order.NONE) || defaultValue(have);
    return this.convert(code, have, wanted);
  }

  /**
   * Whether the C++ of the block in an input is a whole-number type (int, long, unsigned) rather
   * than double. Two of them added, subtracted or multiplied could overflow or wrap around, where
   * the blocks, whose numbers are all doubles, would not.
   */
  isIntegral(block, name) {
    return this.integralKind(block, name) !== null;
  }

  /**
   * 'signed' or 'unsigned' for a whole-number C++ value in an input, null for a double. A block's
   * generator says it with an {@code integral} property: true (signed), 'unsigned', or a function.
   */
  integralKind(block, name) {
    const target = block.getInputTargetBlock(name);
    if (!target) return 'signed'; // the default, 0, is an int literal
    if (this.typeInfo.exprType(target) !== 'Number' && target.type !== 'math_number') return null;
    const mark = this.forBlock[target.type] && this.forBlock[target.type].integral;
    const kind = typeof mark === 'function' ? mark(target, this) : mark;
    return kind === 'unsigned' ? 'unsigned' : kind ? 'signed' : null;
  }

  /** Converts already-generated code (at Order.NONE) between Kumiki types; the result binds as a call. */
  convert(code, from, to) {
    if (from === to) return code;
    if (to === 'String') {
      if (from === 'Boolean') return `String((${code}) ? "true" : "false")`;
      return `${this.numberText()}(${code})`;
    }
    if (to === 'Number') {
      if (from === 'String') return `String(${code}).toDouble()`;
      return `(${code})`;
    }
    if (to === 'Boolean') {
      if (from === 'String') return `(String(${code}).length() > 0)`;
      return `((${code}) != 0)`;
    }
    return code;
  }

  /**
   * A value as an Arduino String object, so + and == work on text content, ready to stand where
   * {@code order} says (the left of .length() needs POSTFIX).
   */
  stringValue(block, name, order = Order.NONE) {
    const target = block.getInputTargetBlock(name);
    if (!target) return 'String("")';
    const type = this.typeInfo.exprType(target);
    if (type === 'String') {
      if (target.type === 'text') return `String(${this.valueToCode(block, name, Order.NONE)})`;
      return this.valueToCode(block, name, order);
    }
    return this.convert(this.valueToCode(block, name, Order.NONE), type, 'String');
  }

  numberText() {
    return this.addHelper('kumiki_text', [
      '// A number as a child reads it: whole numbers as "3", not "3.00"; others with two decimals;',
      '// very large ones as 1.50e+20 (the core would overflow its 33-character buffer); and the',
      '// words for results that are not numbers, as Blockly says them.',
      'String kumiki_text(double value) {',
      '  if (isnan(value)) return String("NaN");',
      '  if (isinf(value)) return String(value > 0 ? "Infinity" : "-Infinity");',
      '  if (fabs(value) < 2147483648.0 && value == floor(value)) return String((long)value);',
      '  if (fabs(value) < 1e15) return String(value, value == floor(value) ? 0 : 2);',
      '  int exponent = (int)floor(log10(fabs(value)));',
      '  double mantissa = value / pow(10, exponent);',
      '  if (fabs(mantissa) >= 9.995) {',
      '    mantissa /= 10;',
      '    exponent++;',
      '  }',
      '  return String(mantissa, 2) + "e+" + String(exponent);',
      '}',
    ].join('\n'));
  }

  /** Waiting keeps buttons and timers alive when the program has event blocks. */
  waitCall(msCode) {
    if (!this.hasEvents) return `delay(${msCode});\n`;
    this.addHelper('kumiki_wait', [
      '// Waits, but keeps checking buttons and timers while it waits.',
      'void kumiki_wait(double ms) {',
      '  unsigned long start = millis();',
      '  while (millis() - start < (unsigned long)ms) {',
      '    kumiki_pollEvents();',
      '  }',
      '}',
    ].join('\n'));
    return `kumiki_wait(${msCode});\n`;
  }

  /** Generates a statement input as a function body. */
  bodyOf(block, name = 'DO') {
    return this.statementToCode(block, name);
  }

  // --- assembling the sketch --------------------------------------------------

  finish() {
    for (const fn of this.finishers_.values()) fn();
    const out = [];
    const section = (lines) => {
      if (lines.length) out.push(lines.join('\n'));
    };
    section([...this.firstIncludes_.values(), ...this.includes_.values()]);
    section([...this.globals_.values()]);
    section(this.workspace_.getVariableMap().getAllVariables()
        .map((v) => {
          const type = this.typeInfo.variableType(v.getId());
          return `${cppType(type)} ${this.variableName(v.getId())} = ${defaultValue(type)};`;
        }));
    let pollEvents = null;
    const polls = [];
    for (const [pin, {state, handlers}] of this.buttonHandlers_) {
      const calls = handlers.map((h) => `  ${h}();\n`).join('');
      polls.push(`if (kumiki_newPress(${pin}, ${state}_down, ${state}_changed)) {\n${calls}}\n`);
    }
    for (const list of this.eventPolls_.values()) polls.push(...list);
    if (polls.length) {
      const lines = [
        '// Checks every button and timer block. A block that waits inside',
        '// its own handler must not start itself again, hence "busy".',
        'void kumiki_pollEvents() {',
        '  static bool busy = false;',
      ];
      for (const declaration of this.pollState_.values()) lines.push(this.prefixLines(declaration, this.INDENT).replace(/\n$/, ''));
      for (const code of this.eventSampling_.values()) lines.push(this.prefixLines(code, this.INDENT).replace(/\n$/, ''));
      lines.push('  if (busy) return;', '  busy = true;');
      for (const p of polls) lines.push(this.prefixLines(p, this.INDENT).replace(/\n$/, ''));
      lines.push('  busy = false;', '}');
      pollEvents = lines.join('\n');
    }
    // Declarations first, so handlers, functions and helpers may call each other in any order.
    const fnDefs = [...this.handlers_, ...this.userFunctions_];
    const prototypes = fnDefs.map((fn) => fn.split('\n')[0].replace(/ \{$/, ';'));
    if (pollEvents) prototypes.unshift('void kumiki_pollEvents();');
    section(prototypes);
    for (const code of this.helpers_.values()) out.push(code);
    if (pollEvents) out.push(pollEvents);

    const setupLines = [...this.setup_.values()]
        .sort((a, b) => a.stage - b.stage || a.index - b.index)
        .map((s) => this.prefixLines(s.code, this.INDENT));
    const setupBody = setupLines.join('') + this.startCode_.join('');
    out.push(`void setup() {\n${setupBody}}`);

    let loopBody = '';
    if (polls.length) loopBody += `${this.INDENT}kumiki_pollEvents();\n`;
    loopBody += this.loopCode_.join('');
    out.push(`void loop() {\n${loopBody}}`);

    for (const fn of fnDefs) out.push(fn);
    const code = out.join('\n\n') + '\n';

    this.isInitialized = false;
    this.nameDB_.reset();
    return code;
  }

  /** The libraries this sketch needs, as [name, version] pairs, sorted. */
  libraries() {
    return [...this.libraries_.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }

  scrubNakedValue(line) {
    return `${line};\n`;
  }

  /** A C++ string literal, through the one escaping path (escape.js). */
  quote_(text) {
    return cppString(text);
  }

  /**
   * A stack of statements is generated in a loop, one block at a time, instead of each block
   * generating the next from inside its own call: a 10,000-block song would otherwise nest
   * 10,000 calls deep, past what the sandbox's stack holds.
   */
  blockToCode(block, thisOnly) {
    if (thisOnly || !block || block.outputConnection) return super.blockToCode(block, thisOnly);
    const parts = [];
    for (let b = block; b; b = b.getNextBlock()) parts.push(super.blockToCode(b, true));
    return parts.join('');
  }

  /** Carries block comments into the C++ as // comments; the next block is blockToCode's business. */
  scrub_(block, code, thisOnly) {
    let commentCode = '';
    if (!block.outputConnection || !block.outputConnection.targetConnection) {
      const comment = block.getCommentText();
      if (comment) {
        const lines = cppCommentLines(comment, (t) => Blockly.utils.string.wrap(t, this.COMMENT_WRAP - 3));
        commentCode += lines.map((line) => `// ${line}`).join('\n') + '\n';
      }
    }
    const next = block.nextConnection && block.nextConnection.targetBlock();
    const nextCode = thisOnly ? '' : this.blockToCode(next);
    return commentCode + code + nextCode;
  }

  variableName(id) {
    return this.getVariableName(id);
  }

  cppTypeOfVariable(id) {
    return cppType(this.typeInfo.variableType(id));
  }
}
