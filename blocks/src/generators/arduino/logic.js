/** Blockly's standard logic blocks. Text is compared by content, never by pointer. */
import {Order} from '../arduino.js';

export function controls_if(block, generator) {
  let n = 0;
  let code = '';
  do {
    const condition = generator.valueAs(block, 'IF' + n, 'Boolean');
    const branch = generator.statementToCode(block, 'DO' + n);
    code += (n > 0 ? ' else ' : '') + `if (${condition}) {\n${branch}}`;
    n++;
  } while (block.getInput('IF' + n));
  if (block.getInput('ELSE')) {
    code += ` else {\n${generator.statementToCode(block, 'ELSE')}}`;
  }
  return code + '\n';
}

const COMPARE = {EQ: '==', NEQ: '!=', LT: '<', LTE: '<=', GT: '>', GTE: '>='};

export function logic_compare(block, generator) {
  const op = COMPARE[block.getFieldValue('OP')] || '==';
  const order = op === '==' || op === '!=' ? Order.EQUALITY : Order.RELATIONAL;
  const textual = generator.inputType(block, 'A') === 'String' || generator.inputType(block, 'B') === 'String';
  if (textual) {
    return [`${generator.stringValue(block, 'A', Order.RELATIONAL)} ${op} ${generator.stringValue(block, 'B', Order.RELATIONAL)}`, order];
  }
  // An unsigned value (a length, millis) compared with a negative number would see a huge one.
  const kinds = [generator.integralKind(block, 'A'), generator.integralKind(block, 'B')];
  const cast = kinds.includes('unsigned') && kinds.every((k) => k !== null) ? '(double)' : '';
  // Both sides at the tighter of the two comparison levels, so a comparison inside another keeps
  // its parentheses: (1 < 2) == (3 < 4), never 1 < 2 == 3 < 4.
  const a = cast ? `${cast}${generator.valueToCode(block, 'A', Order.UNARY) || '0'}`
    : generator.valueToCode(block, 'A', Order.RELATIONAL) || '0';
  const b = generator.valueToCode(block, 'B', Order.RELATIONAL) || '0';
  return [`${a} ${op} ${b}`, order];
}

export function logic_operation(block, generator) {
  const and = block.getFieldValue('OP') === 'AND';
  const order = and ? Order.LOGICAL_AND : Order.LOGICAL_OR;
  let a = generator.valueAs(block, 'A', 'Boolean', order);
  let b = generator.valueAs(block, 'B', 'Boolean', order);
  if (!block.getInputTargetBlock('A') && !block.getInputTargetBlock('B')) {
    a = 'false';
    b = 'false';
  } else {
    // One side missing: use the value that leaves the other side in charge.
    const neutral = and ? 'true' : 'false';
    if (!block.getInputTargetBlock('A')) a = neutral;
    if (!block.getInputTargetBlock('B')) b = neutral;
  }
  return [`${a} ${and ? '&&' : '||'} ${b}`, order];
}

export function logic_negate(block, generator) {
  const value = block.getInputTargetBlock('BOOL') ? generator.valueAs(block, 'BOOL', 'Boolean', Order.UNARY) : 'false';
  return [`!${value}`, Order.UNARY];
}

export function logic_boolean(block) {
  return [block.getFieldValue('BOOL') === 'TRUE' ? 'true' : 'false', Order.ATOMIC];
}

export function logic_ternary(block, generator) {
  const condition = generator.valueAs(block, 'IF', 'Boolean', Order.CONDITIONAL);
  const type = generator.typeInfo.exprType(block) || 'Number';
  // An unsigned branch (a length) beside a signed one would turn -1 into four thousand million.
  const kinds = [generator.integralKind(block, 'THEN'), generator.integralKind(block, 'ELSE')];
  const mixed = type === 'Number' && kinds.includes('unsigned') && kinds[0] !== kinds[1];
  const branch = (name, i) => {
    if (type === 'String') return generator.stringValue(block, name, Order.CONDITIONAL);
    if (mixed && kinds[i] === 'unsigned') return `(double)${generator.valueAs(block, name, type, Order.UNARY)}`;
    return generator.valueAs(block, name, type, Order.CONDITIONAL);
  };
  const a = branch('THEN', 0);
  const b = branch('ELSE', 1);
  return [`${condition} ? ${a} : ${b}`, Order.CONDITIONAL];
}
// Whole numbers either way give a whole-number C++ value.
logic_ternary.integral = (block, generator) => {
  const kinds = [generator.integralKind(block, 'THEN'), generator.integralKind(block, 'ELSE')];
  if (kinds.includes(null) || kinds[0] !== kinds[1] && kinds.includes('unsigned')) return null;
  return kinds[0];
};
