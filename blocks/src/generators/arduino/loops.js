/** Blockly's standard loop blocks, in C++. */
import {Order} from '../arduino.js';

export function controls_repeat_ext(block, generator) {
  const times = generator.valueAs(block, 'TIMES', 'Number', Order.RELATIONAL);
  const counter = generator.nameDB_.getDistinctName('count', 'VARIABLE');
  const body = generator.addLoopTrap(generator.statementToCode(block, 'DO'), block);
  return `for (int ${counter} = 0; ${counter} < ${times}; ${counter}++) {\n${body}}\n`;
}

export function controls_whileUntil(block, generator) {
  const until = block.getFieldValue('MODE') === 'UNTIL';
  let condition = generator.valueAs(block, 'BOOL', 'Boolean', until ? Order.UNARY : Order.NONE);
  if (until) condition = `!${condition}`;
  const body = generator.addLoopTrap(generator.statementToCode(block, 'DO'), block);
  return `while (${condition}) {\n${body}}\n`;
}

function isNumberLiteral(code) {
  return /^-?\d+(\.\d+)?$/.test(code);
}

export function controls_for(block, generator) {
  const v = generator.variableName(block.getFieldValue('VAR'));
  const from = generator.valueAs(block, 'FROM', 'Number', Order.ASSIGNMENT);
  const to = generator.valueAs(block, 'TO', 'Number', Order.RELATIONAL);
  const by = generator.valueAs(block, 'BY', 'Number', Order.ASSIGNMENT);
  const body = generator.addLoopTrap(generator.statementToCode(block, 'DO'), block);
  if (isNumberLiteral(from) && isNumberLiteral(to) && isNumberLiteral(by)) {
    // Like Blockly, the direction comes from the range and the step's sign is ignored.
    const up = Number(from) <= Number(to);
    const step = Math.abs(Number(by)) || 1;
    const test = up ? `${v} <= ${to}` : `${v} >= ${to}`;
    const inc = up ? (step === 1 ? `${v}++` : `${v} += ${step}`) : (step === 1 ? `${v}--` : `${v} -= ${step}`);
    return `for (${v} = ${from}; ${test}; ${inc}) {\n${body}}\n`;
  }
  return `for (${v} = ${from}; (${from} <= ${to}) ? ${v} <= ${to} : ${v} >= ${to}; ` +
    `${v} += (${from} <= ${to}) ? fabs(${by}) : -fabs(${by})) {\n${body}}\n`;
}

export function controls_flow_statements(block, generator) {
  return block.getFieldValue('FLOW') === 'CONTINUE' ? 'continue;\n' : 'break;\n';
}
