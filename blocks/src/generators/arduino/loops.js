/** Blockly's standard loop blocks, in C++. */
import {Order} from '../arduino.js';

/** A number or a plain name: reading it again costs nothing and gives the same value. */
function isSimple(code) {
  return /^\w+$/.test(code) || isNumberLiteral(code);
}

/**
 * "repeat N times" works out N once, before the first time round, as Blockly does: a count that
 * changes while the loop runs (a random number, a variable the loop changes) does not change it.
 */
export function controls_repeat_ext(block, generator) {
  const times = generator.valueAs(block, 'TIMES', 'Number', Order.RELATIONAL);
  const counter = generator.nameDB_.getDistinctName('count', 'VARIABLE');
  const body = generator.addLoopTrap(generator.statementToCode(block, 'DO'), block);
  let code = '';
  let end = times;
  if (!isSimple(times)) {
    end = generator.nameDB_.getDistinctName('repeat_end', 'VARIABLE');
    code += `double ${end} = ${generator.valueAs(block, 'TIMES', 'Number', Order.ASSIGNMENT)};\n`;
  }
  return code + `for (int ${counter} = 0; ${counter} < ${end}; ${counter}++) {\n${body}}\n`;
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
  // As Blockly does: the start, the end and the step are worked out once, before the loop
  // (a plain variable is read as it goes), and the direction comes from start and end.
  let code = '';
  let start = from;
  if (!isSimple(from)) {
    start = generator.nameDB_.getDistinctName(`${v}_start`, 'VARIABLE');
    code += `double ${start} = ${from};\n`;
  }
  let end = generator.valueAs(block, 'TO', 'Number', Order.ASSIGNMENT);
  if (!isSimple(end)) {
    const name = generator.nameDB_.getDistinctName(`${v}_end`, 'VARIABLE');
    code += `double ${name} = ${end};\n`;
    end = name;
  }
  const inc = generator.nameDB_.getDistinctName(`${v}_inc`, 'VARIABLE');
  code += `double ${inc} = ${isNumberLiteral(by) ? Math.abs(Number(by)) : `fabs(${by})`};\n`;
  code += `if (${start} > ${end}) {\n${generator.INDENT}${inc} = -${inc};\n}\n`;
  return code + `for (${v} = ${start}; ${inc} >= 0 ? ${v} <= ${end} : ${v} >= ${end}; ${v} += ${inc}) {\n${body}}\n`;
}

export function controls_flow_statements(block, generator) {
  return block.getFieldValue('FLOW') === 'CONTINUE' ? 'continue;\n' : 'break;\n';
}
