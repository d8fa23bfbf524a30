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
    return [`${generator.stringValue(block, 'A')} ${op} ${generator.stringValue(block, 'B')}`, order];
  }
  const a = generator.valueToCode(block, 'A', order) || '0';
  const b = generator.valueToCode(block, 'B', order) || '0';
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
  const a = type === 'String' ? generator.stringValue(block, 'THEN') : generator.valueAs(block, 'THEN', type, Order.CONDITIONAL);
  const b = type === 'String' ? generator.stringValue(block, 'ELSE') : generator.valueAs(block, 'ELSE', type, Order.CONDITIONAL);
  return [`${condition} ? ${a} : ${b}`, Order.CONDITIONAL];
}
