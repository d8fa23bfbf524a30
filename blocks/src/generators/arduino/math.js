/** Blockly's standard math blocks plus map. Every Kumiki number is a double. */
import {Order, leftOf} from '../arduino.js';

const INT_LIMIT = 2 ** 31;

/** A whole number that fits an int is written as one (3); any other number as a double (3.0e12, 0.5). */
function isIntLiteral(n) {
  return Number.isInteger(n) && Math.abs(n) < INT_LIMIT;
}

export function math_number(block) {
  const n = Number(block.getFieldValue('NUM'));
  if (!Number.isFinite(n)) return ['0', Order.ATOMIC];
  // A whole number too large for an int would be a long long, or not compile at all: make it a double.
  let text = String(n);
  if (Number.isInteger(n) && !isIntLiteral(n) && !/[e.]/.test(text)) text += '.0';
  return [text, n < 0 ? Order.UNARY : Order.ATOMIC];
}
math_number.integral = (block) => {
  const n = Number(block.getFieldValue('NUM'));
  return !Number.isFinite(n) || isIntLiteral(n);
};

const ARITHMETIC = {
  ADD: [' + ', Order.ADDITIVE],
  MINUS: [' - ', Order.ADDITIVE],
  MULTIPLY: [' * ', Order.MULTIPLICATIVE],
  DIVIDE: [' / ', Order.MULTIPLICATIVE],
};

export function math_arithmetic(block, generator) {
  const op = block.getFieldValue('OP');
  if (op === 'POWER') {
    const a = generator.valueAs(block, 'A', 'Number');
    const b = generator.valueAs(block, 'B', 'Number');
    return [`pow(${a}, ${b})`, Order.POSTFIX];
  }
  const [symbol, order] = ARITHMETIC[op] || ARITHMETIC.ADD;
  // Blocks compute in doubles. Two whole-number C++ values (int literals, analogRead, a text's
  // length, millis) would be divided as integers (7 / 2 is 3), could overflow an int (50000 * 50000)
  // or wrap around below zero (a length minus 5): so one side is made a double first.
  const cast = generator.isIntegral(block, 'A') && generator.isIntegral(block, 'B');
  const a = cast ? `(double)${generator.valueAs(block, 'A', 'Number', Order.UNARY)}`
    : generator.valueAs(block, 'A', 'Number', leftOf(order));
  const b = generator.valueAs(block, 'B', 'Number', order);
  return [a + symbol + b, order];
}

const SINGLE = {ROOT: 'sqrt', ABS: 'fabs', LN: 'log', LOG10: 'log10', EXP: 'exp'};

export function math_single(block, generator) {
  const op = block.getFieldValue('OP');
  if (op === 'NEG') {
    // Minus is a double, as in Blockly: minus a whole number as an int would lose the sign of
    // -0 (1 / -0 is -Infinity) and wrap around for an unsigned value (a text's length, millis).
    const target = block.getInputTargetBlock('NUM');
    const value = generator.valueAs(block, 'NUM', 'Number', Order.UNARY);
    if (target && target.type === 'math_number' && /^\d+$/.test(value)) return [`-${value}.0`, Order.UNARY];
    const cast = generator.isIntegral(block, 'NUM') ? '(double)' : '';
    return [`-${cast}${value}`, Order.UNARY];
  }
  const arg = generator.valueAs(block, 'NUM', 'Number');
  if (op === 'POW10') return [`pow(10, ${arg})`, Order.POSTFIX];
  return [`${SINGLE[op] || 'fabs'}(${arg})`, Order.POSTFIX];
}


export function math_round(block, generator) {
  const op = block.getFieldValue('OP');
  if (op === 'ROUNDUP' || op === 'ROUNDDOWN') {
    return [`${op === 'ROUNDUP' ? 'ceil' : 'floor'}(${generator.valueAs(block, 'NUM', 'Number')})`, Order.POSTFIX];
  }
  // C's round() takes -2.5 to -3; Blockly's round (JavaScript's Math.round) takes halves up, to -2.
  generator.addHelper('kumiki_round', [
    '// Rounds to the nearest whole number; a half goes up (-2.5 becomes -2), as in Blockly.',
    'double kumiki_round(double value) {',
    '  double down = floor(value);',
    '  return value - down >= 0.5 ? down + 1 : down;',
    '}',
  ].join('\n'));
  return [`kumiki_round(${generator.valueAs(block, 'NUM', 'Number')})`, Order.POSTFIX];
}

export function math_modulo(block, generator) {
  const a = generator.valueAs(block, 'DIVIDEND', 'Number');
  const b = generator.valueAs(block, 'DIVISOR', 'Number');
  return [`fmod(${a}, ${b})`, Order.POSTFIX];
}

export function math_random_int(block, generator) {
  generator.addHelper('kumiki_randomInt', [
    '// A whole number from low to high, both included, whichever way round they are given.',
    'long kumiki_randomInt(double low, double high) {',
    '  long a = lround(low), b = lround(high);',
    '  if (a > b) { long t = a; a = b; b = t; }',
    '  return random(a, b + 1);',
    '}',
  ].join('\n'));
  generator.addSetup('randomSeed', 'randomSeed(analogRead(WIO_MIC) ^ micros());\n');
  const a = generator.valueAs(block, 'FROM', 'Number');
  const b = generator.valueAs(block, 'TO', 'Number');
  return [`kumiki_randomInt(${a}, ${b})`, Order.POSTFIX];
}
math_random_int.integral = true;

export function math_constrain(block, generator) {
  const v = generator.valueAs(block, 'VALUE', 'Number');
  const lo = generator.valueAs(block, 'LOW', 'Number');
  const hi = generator.valueAs(block, 'HIGH', 'Number');
  // Arduino's constrain() is a macro that evaluates its arguments twice; this is a function, and it
  // means what Blockly's constrain means even when low is above high: min(max(value, low), high).
  generator.addHelper('kumiki_constrain', [
    'double kumiki_constrain(double value, double low, double high) {',
    '  if (isnan(value) || isnan(low) || isnan(high)) return NAN;',
    '  double atLeastLow = value > low ? value : low;',
    '  return atLeastLow < high ? atLeastLow : high;',
    '}',
  ].join('\n'));
  return [`kumiki_constrain(${v}, ${lo}, ${hi})`, Order.POSTFIX];
}

export function math_number_property(block, generator) {
  const property = block.getFieldValue('PROPERTY');
  const n = generator.valueAs(block, 'NUMBER_TO_CHECK', 'Number');
  switch (property) {
    case 'EVEN': return [`fmod(${n}, 2) == 0`, Order.EQUALITY];
    // Odd means whole and not even: -3 is odd, 2.5 is neither.
    case 'ODD': return [`fabs(fmod(${n}, 2)) == 1`, Order.EQUALITY];
    case 'WHOLE': return [`fmod(${n}, 1) == 0`, Order.EQUALITY];
    case 'POSITIVE': return [`${generator.valueAs(block, 'NUMBER_TO_CHECK', 'Number', Order.RELATIONAL)} > 0`, Order.RELATIONAL];
    case 'NEGATIVE': return [`${generator.valueAs(block, 'NUMBER_TO_CHECK', 'Number', Order.RELATIONAL)} < 0`, Order.RELATIONAL];
    case 'DIVISIBLE_BY': {
      const d = generator.valueAs(block, 'DIVISOR', 'Number');
      return [`fmod(${n}, ${d}) == 0`, Order.EQUALITY];
    }
    case 'PRIME':
    default:
      generator.addHelper('kumiki_isPrime', [
        'bool kumiki_isPrime(double n) {',
        '  if (n < 2 || fmod(n, 1) != 0) return false;',
        '  for (long d = 2; (double)d * d <= n; d++) {',
        '    if (fmod(n, d) == 0) return false;',
        '  }',
        '  return true;',
        '}',
      ].join('\n'));
      return [`kumiki_isPrime(${n})`, Order.POSTFIX];
  }
}

export function kumiki_map(block, generator) {
  generator.addHelper('kumiki_map', [
    '// Arduino\'s map() in floating point: 512 from 0-1023 to 0-1 gives 0.5, not 0.',
    'double kumiki_map(double value, double fromLow, double fromHigh, double toLow, double toHigh) {',
    '  if (fromHigh == fromLow) return toLow;',
    '  return (value - fromLow) * (toHigh - toLow) / (fromHigh - fromLow) + toLow;',
    '}',
  ].join('\n'));
  const args = ['VALUE', 'FROM_LOW', 'FROM_HIGH', 'TO_LOW', 'TO_HIGH'].map((n) => generator.valueAs(block, n, 'Number'));
  return [`kumiki_map(${args.join(', ')})`, Order.POSTFIX];
}
