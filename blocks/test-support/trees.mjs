// Expression trees in a short notation, for tables of cases: a number is math_number, a string is a
// text block, true/false are logic_boolean, and [op, ...args] is the block that op names. The Java
// side (codegen's ExpressionTree) reads the same notation, so both test the same cases.
const ARITHMETIC = {'+': 'ADD', '-': 'MINUS', '*': 'MULTIPLY', '/': 'DIVIDE', '^': 'POWER'};
const COMPARE = {'==': 'EQ', '!=': 'NEQ', '<': 'LT', '<=': 'LTE', '>': 'GT', '>=': 'GTE'};
const SINGLE = {neg: 'NEG', abs: 'ABS', sqrt: 'ROOT'};
const ROUND = {round: 'ROUND', roundup: 'ROUNDUP', rounddown: 'ROUNDDOWN'};

const inputs = (names, args) => Object.fromEntries(names.map((n, i) => [n, {block: block(args[i])}]));

export function block(tree) {
  if (typeof tree === 'number') return {type: 'math_number', fields: {NUM: tree}};
  if (typeof tree === 'string') return {type: 'text', fields: {TEXT: tree}};
  if (typeof tree === 'boolean') return {type: 'logic_boolean', fields: {BOOL: tree ? 'TRUE' : 'FALSE'}};
  const [op, ...args] = tree;
  if (op in ARITHMETIC) return {type: 'math_arithmetic', fields: {OP: ARITHMETIC[op]}, inputs: inputs(['A', 'B'], args)};
  if (op in COMPARE) return {type: 'logic_compare', fields: {OP: COMPARE[op]}, inputs: inputs(['A', 'B'], args)};
  if (op in SINGLE) return {type: 'math_single', fields: {OP: SINGLE[op]}, inputs: inputs(['NUM'], args)};
  if (op in ROUND) return {type: 'math_round', fields: {OP: ROUND[op]}, inputs: inputs(['NUM'], args)};
  switch (op) {
    case '%': return {type: 'math_modulo', inputs: inputs(['DIVIDEND', 'DIVISOR'], args)};
    case 'and': case 'or':
      return {type: 'logic_operation', fields: {OP: op.toUpperCase()}, inputs: inputs(['A', 'B'], args)};
    case 'not': return {type: 'logic_negate', inputs: inputs(['BOOL'], args)};
    case '?:': return {type: 'logic_ternary', inputs: inputs(['IF', 'THEN', 'ELSE'], args)};
    case 'join': return {type: 'text_join', extraState: {itemCount: args.length},
      inputs: inputs(args.map((_, i) => 'ADD' + i), args)};
    case 'length': return {type: 'text_length', inputs: inputs(['VALUE'], args)};
    case 'isEmpty': return {type: 'text_isEmpty', inputs: inputs(['VALUE'], args)};
    case 'text': return {type: 'kumiki_number_to_text', inputs: inputs(['NUMBER'], args)};
    case 'map': return {type: 'kumiki_map', inputs: inputs(['VALUE', 'FROM_LOW', 'FROM_HIGH', 'TO_LOW', 'TO_HIGH'], args)};
    case 'constrain': return {type: 'math_constrain', inputs: inputs(['VALUE', 'LOW', 'HIGH'], args)};
    case 'millis': return {type: 'kumiki_millis'};
    default: throw new Error(`unknown op ${op}`);
  }
}

/** A program that prints each tree on its own line when it starts. */
export function printing(...trees) {
  let next = null;
  for (const tree of [...trees].reverse()) {
    next = {type: 'kumiki_serial_print', inputs: {TEXT: {block: block(tree)}}, ...(next ? {next: {block: next}} : {})};
  }
  return JSON.stringify({blocks: {languageVersion: 0, blocks: [
    {type: 'kumiki_on_start', x: 0, y: 0, inputs: {DO: {block: next}}}]}});
}
