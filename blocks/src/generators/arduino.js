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

/** C++ operator precedence, tightest first (cppreference's table). */
export const Order = {
  ATOMIC: 0,
  POSTFIX: 1, // f(x), a.b, x++
  UNARY: 2, // -x, !x, (double)x
  MULTIPLICATIVE: 3,
  ADDITIVE: 4,
  RELATIONAL: 6,
  EQUALITY: 7,
  LOGICAL_AND: 11,
  LOGICAL_OR: 12,
  CONDITIONAL: 13,
  ASSIGNMENT: 14,
  NONE: 99,
};

/** Blocks that start a script; anything else at the top level never runs. */
/**
 * A start block: nothing can sit above it or hold it, so a stack hangs from it. Read from the
 * block's own connections, so a new start block needs no list to join.
 */
export function isHat(block) {
  return !block.previousConnection && !block.outputConnection;
}

/** Event hats make waits poll events instead of calling delay(). */
export const EVENT_TYPES = new Set(['kumiki_on_button', 'kumiki_every']);

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
  'A0,A1,A2,A3,A4,A5,A6,A7,A8,D0,D1,D2,D3,D4,D5,D6,D7,D8';

export class ArduinoGenerator extends Blockly.CodeGenerator {
  constructor() {
    super('Arduino');
    this.INDENT = '  ';
    this.addReservedWords(RESERVED);
    // -(-x) must keep its parentheses; a*(b*c) and a&&(b&&c) need none.
    this.ORDER_OVERRIDES = [
      [Order.MULTIPLICATIVE, Order.MULTIPLICATIVE],
      [Order.ADDITIVE, Order.ADDITIVE],
      [Order.LOGICAL_AND, Order.LOGICAL_AND],
      [Order.LOGICAL_OR, Order.LOGICAL_OR],
    ];
    this.isInitialized = false;
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
    this.globals_ = new Map();
    this.setup_ = new Map();
    this.helpers_ = new Map();
    this.libraries_ = new Map();
    this.startCode_ = [];
    this.loopCode_ = [];
    this.eventPolls_ = new Map();
    this.buttonHandlers_ = new Map();
    this.handlers_ = [];
    this.userFunctions_ = [];
    this.typeInfo = inferTypes(workspace);
    this.workspace_ = workspace;
    this.hasEvents = workspace.getTopBlocks(false)
        .some((b) => EVENT_TYPES.has(b.type) && b.isEnabled());
    this.isInitialized = true;
  }

  /** Only blocks under a hat run; loose blocks on the canvas are ignored. */
  workspaceToCode(workspace) {
    this.init(workspace);
    for (const block of workspace.getTopBlocks(true)) {
      if (block.isEnabled() && isHat(block)) {
        this.blockToCode(block);
      }
    }
    return this.finish('');
  }

  // --- keyed sections -------------------------------------------------------

  addInclude(key, line) {
    if (!this.includes_.has(key)) this.includes_.set(key, line);
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
  addEventPoll(key, code) {
    if (!this.eventPolls_.has(key)) this.eventPolls_.set(key, []);
    this.eventPolls_.get(key).push(code);
  }

  // --- values and types -----------------------------------------------------

  /** The Kumiki type ('Number', 'String', 'Boolean') of the block plugged into an input. */
  inputType(block, name) {
    return this.typeInfo.exprType(block.getInputTargetBlock(name));
  }

  /** Code for an input converted to the wanted type, with a safe default when empty. */
  valueAs(block, name, wanted, order = Order.NONE) {
    const target = block.getInputTargetBlock(name);
    if (!target) return defaultValue(wanted);
    const have = this.typeInfo.exprType(target);
    if (have === wanted || !wanted) return this.valueToCode(block, name, order) || defaultValue(wanted);
    const code = this.valueToCode(block, name, Order.NONE) || defaultValue(have);
    return this.convert(code, have, wanted);
  }

  /** Converts already-generated code (at Order.NONE) between Kumiki types. */
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

  /** A value as an Arduino String object, so + and == work on text content. */
  stringValue(block, name) {
    const target = block.getInputTargetBlock(name);
    if (!target) return 'String("")';
    const type = this.typeInfo.exprType(target);
    if (type === 'String') {
      const code = this.valueToCode(block, name, Order.NONE);
      return target.type === 'text' ? `String(${code})` : code;
    }
    return this.convert(this.valueToCode(block, name, Order.NONE), type, 'String');
  }

  numberText() {
    return this.addHelper('kumiki_text', [
      '// Whole numbers become "3", not "3.00"; others keep two decimals.',
      'String kumiki_text(double value) {',
      '  if (value == (long)value) return String((long)value);',
      '  return String(value, 2);',
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
    const out = [];
    const section = (lines) => {
      if (lines.length) out.push(lines.join('\n'));
    };
    section([...this.includes_.values()]);
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
        '  if (busy) return;',
        '  busy = true;',
      ];
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

  /** A C++ string literal. Non-ASCII text (Japanese) stays as UTF-8, which the LCD font skips but Serial shows. */
  quote_(text) {
    const escaped = text
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t')
        .replace(/\?\?/g, '?\\?'); // never form a trigraph
    return `"${escaped}"`;
  }

  /** Chains statements and carries block comments into the C++ as // comments. */
  scrub_(block, code, thisOnly) {
    let commentCode = '';
    if (!block.outputConnection || !block.outputConnection.targetConnection) {
      const comment = block.getCommentText();
      if (comment) {
        commentCode += this.prefixLines(Blockly.utils.string.wrap(comment, this.COMMENT_WRAP - 3), '// ') + '\n';
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
