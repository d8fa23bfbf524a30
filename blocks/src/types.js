/**
 * Infers a C++ type for every variable and function from how blocks use them.
 *
 * Children never declare types. A variable set to a number is a `double`, to
 * text a `String`, to true/false a `bool`. When one variable is given two
 * kinds of value, the kind it is given most often wins (a tie: number, then
 * text, then true/false; never the canvas position) and every block that
 * disagrees is reported, so the editor can put a warning on it.
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

/** The order in which a tie between kinds of value is broken: fixed, never by canvas position. */
const TIE_ORDER = ['Number', 'String', 'Boolean'];

/** The kind of value a variable is given most often; a tie goes to the first in TIE_ORDER. */
function winner(list) {
  const counts = new Map();
  for (const {type} of list) counts.set(type, (counts.get(type) || 0) + 1);
  let best = null;
  for (const type of TIE_ORDER) {
    if (counts.has(type) && (best === null || counts.get(type) > counts.get(best))) best = type;
  }
  return best || list[0].type;
}

function sameMap(a, b) {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

/** The blocks that the passes of inferTypes read, one case each. */
const GIVES_TYPES = new Set(['variables_set', 'math_change', 'controls_for', 'text_append', 'procedures_callnoreturn',
  'procedures_callreturn', 'procedures_defreturn']);

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

  // Types flow through variables and calls, so repeat until nothing changes. Each pass reads only
  // the previous pass's types (never ones found earlier in the same pass), so the result does not
  // depend on where blocks sit on the canvas. A chain of n variables needs n passes; the bound is
  // only a guard against a cycle that never settles, and it is far above any real chain.
  const maxPasses = 3 * (blocks.length + 2);
  // Only these blocks give a variable or a function its type; the passes need look at no others.
  const giving = blocks.filter((b) => GIVES_TYPES.has(b.type));
  for (let pass = 0; pass < maxPasses; pass++) {
    assigned.clear();
    const nextReturns = new Map();
    const note = (varId, type, blockId) => {
      if (!varId || !type) return;
      if (!assigned.has(varId)) assigned.set(varId, []);
      assigned.get(varId).push({type, blockId});
    };
    for (const b of giving) {
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
          if (t) nextReturns.set(b.getFieldValue('NAME'), t);
          break;
        }
        default:
          break;
      }
    }
    const next = new Map();
    for (const [id, list] of assigned) next.set(id, winner(list));
    const same = sameMap(next, varTypes) && sameMap(nextReturns, returns);
    varTypes = next;
    returns.clear();
    for (const [k, v] of nextReturns) returns.set(k, v);
    if (same) break;
  }

  const clashes = [];
  for (const [id, list] of assigned) {
    const chosen = varTypes.get(id);
    for (const entry of list) {
      if (entry.type !== chosen) {
        clashes.push({variableId: id, blockId: entry.blockId, expected: chosen, found: entry.type});
      }
    }
  }

  return {
    exprType,
    variableType: (id) => varTypes.get(id) || 'Number',
    returnType: (name) => returns.get(name) || null,
    clashes,
    /** The types that pass between stacks (variables, function results), in one string, for the stack cache. */
    signature: () => JSON.stringify([[...varTypes], [...returns]]),
  };
}
