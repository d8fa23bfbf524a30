/** Functions with parameters and return values; types are inferred from calls and returns. */
import {Order} from '../arduino.js';
import {cppType, defaultValue} from '../../types.js';

function paramIds(block) {
  return block.getVarModels().map((v) => v.getId());
}

function definitionOf(block) {
  return block.workspace.getTopBlocks(false).find((b) =>
    (b.type === 'procedures_defnoreturn' || b.type === 'procedures_defreturn') &&
    b.getFieldValue('NAME') === block.getFieldValue('NAME'));
}

export function procedures_defreturn(block, generator) {
  const name = generator.getProcedureName(block.getFieldValue('NAME'));
  const returnType = block.type === 'procedures_defreturn' ?
    (generator.typeInfo.returnType(block.getFieldValue('NAME')) || 'Number') : null;
  const params = paramIds(block).map((id) =>
    `${generator.cppTypeOfVariable(id)} ${generator.variableName(id)}`);
  let body = generator.statementToCode(block, 'STACK');
  if (returnType) {
    const value = generator.valueAs(block, 'RETURN', returnType);
    body += `${generator.INDENT}return ${value};\n`;
  }
  const signature = `${returnType ? cppType(returnType) : 'void'} ${name}(${params.join(', ')})`;
  generator.userFunctions_.push(`${signature} {\n${body}}`);
  return '';
}

export const procedures_defnoreturn = procedures_defreturn;

export function procedures_callreturn(block, generator) {
  const name = generator.getProcedureName(block.getFieldValue('NAME'));
  const def = definitionOf(block);
  const ids = def ? paramIds(def) : [];
  const args = block.getVarModels().map((_, i) => {
    const type = ids[i] ? generator.typeInfo.variableType(ids[i]) : 'Number';
    return generator.valueAs(block, 'ARG' + i, type);
  });
  return [`${name}(${args.join(', ')})`, Order.POSTFIX];
}

export function procedures_callnoreturn(block, generator) {
  return `${procedures_callreturn(block, generator)[0]};\n`;
}

export function procedures_ifreturn(block, generator) {
  const condition = generator.valueAs(block, 'CONDITION', 'Boolean');
  let code = `if (${condition}) {\n`;
  if (block.hasReturnValue_) {
    let type = 'Number';
    const fn = block.getRootBlock();
    if (fn && fn.type === 'procedures_defreturn') {
      type = generator.typeInfo.returnType(fn.getFieldValue('NAME')) || 'Number';
    }
    const value = block.getInputTargetBlock('VALUE') ? generator.valueAs(block, 'VALUE', type) : defaultValue(type);
    code += `${generator.INDENT}return ${value};\n`;
  } else {
    code += `${generator.INDENT}return;\n`;
  }
  return code + '}\n';
}
