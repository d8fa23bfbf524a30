/**
 * Infers a C++ type for every variable and function from how blocks use them.
 *
 * Children never declare types. A variable set to a number is a `double`, to
 * text a `String`, to true/false a `bool`. When one variable is given two
 * kinds of value, the first one (top to bottom on the canvas) wins and every
 * block that disagrees is reported, so the editor can put a warning on it.
 */

const CPP_TYPES = {Number: 'double', String: 'String', Boolean: 'bool'};
const DEFAULTS = {Number: '0', String: 'String("")', Boolean: 'false'};

export function cppType(type) {
  return CPP_TYPES[type] || 'double';
}

export function defaultValue(type) {
  return DEFAULTS[type] || '0';
}

/** The declared output type of a block, if it has exactly one. Colours are numbers in C++. */
function declaredType(block) {
  const check = block.outputConnection && block.outputConnection.getCheck();
  if (!check || check.length !== 1) return null;
  if (check[0] === 'Colour') return 'Number';
  return CPP_TYPES[check[0]] ? check[0] : null;
}

function procedureVarIds(defBlock) {
  if (typeof defBlock.getVarModels === 'function') {
    return defBlock.getVarModels().map((v) => v.getId());
  }
  return [];
}

export function inferTypes(workspace) {
  const assigned = new Map(); // variable id -> [{type, blockId}] in canvas order
  const returns = new Map(); // procedure name -> type
  const paramIds = new Map(); // procedure name -> [variable id]
  const blocks = [];
  for (const top of workspace.getTopBlocks(true)) {
    blocks.push(...top.getDescendants(true));
  }
  for (const b of blocks) {
    if (b.type === 'procedures_defnoreturn' || b.type === 'procedures_defreturn') {
      paramIds.set(b.getFieldValue('NAME'), procedureVarIds(b));
    }
  }

  let varTypes = new Map();
  const exprType = (block) => {
    if (!block) return null;
    switch (block.type) {
      case 'variables_get':
        return varTypes.get(block.getFieldValue('VAR')) || null;
      case 'procedures_callreturn':
        return returns.get(block.getFieldValue('NAME')) || null;
      case 'logic_ternary':
        return exprType(block.getInputTargetBlock('THEN')) ||
          exprType(block.getInputTargetBlock('ELSE'));
      default:
        return declaredType(block);
    }
  };

  // Types flow through variables and calls, so repeat until nothing changes.
  for (let pass = 0; pass < 8; pass++) {
    assigned.clear();
    const note = (varId, type, blockId) => {
      if (!varId || !type) return;
      if (!assigned.has(varId)) assigned.set(varId, []);
      assigned.get(varId).push({type, blockId});
    };
    for (const b of blocks) {
      switch (b.type) {
        case 'variables_set':
          note(b.getFieldValue('VAR'), exprType(b.getInputTargetBlock('VALUE')), b.id);
          break;
        case 'math_change':
        case 'controls_for':
          note(b.getFieldValue('VAR'), 'Number', b.id);
          break;
        case 'text_append':
          note(b.getFieldValue('VAR'), 'String', b.id);
          break;
        case 'procedures_callnoreturn':
        case 'procedures_callreturn': {
          const ids = paramIds.get(b.getFieldValue('NAME')) || [];
          ids.forEach((id, i) => note(id, exprType(b.getInputTargetBlock('ARG' + i)), b.id));
          break;
        }
        case 'procedures_defreturn': {
          const t = exprType(b.getInputTargetBlock('RETURN'));
          if (t) returns.set(b.getFieldValue('NAME'), t);
          break;
        }
        default:
          break;
      }
    }
    const next = new Map();
    for (const [id, list] of assigned) next.set(id, list[0].type);
    const same = next.size === varTypes.size && [...next].every(([k, v]) => varTypes.get(k) === v);
    varTypes = next;
    if (same) break;
  }

  const clashes = [];
  for (const [id, list] of assigned) {
    const first = list[0].type;
    for (const entry of list) {
      if (entry.type !== first) {
        clashes.push({variableId: id, blockId: entry.blockId, expected: first, found: entry.type});
      }
    }
  }

  return {
    exprType,
    variableType: (id) => varTypes.get(id) || 'Number',
    returnType: (name) => returns.get(name) || null,
    clashes,
  };
}
