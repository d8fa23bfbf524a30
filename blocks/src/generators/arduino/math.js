/** Blockly's standard math blocks plus map. Every Kumiki number is a double. */
import {Order} from '../arduino.js';

export function math_number(block) {
  const n = Number(block.getFieldValue('NUM'));
  if (!Number.isFinite(n)) return ['0', Order.ATOMIC];
  return [String(n), n < 0 ? Order.UNARY : Order.ATOMIC];
}

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
  if (op === 'DIVIDE') {
    // 7 / 2 is 3 in C++ when both sides are whole; children expect 3.5.
    const a = generator.valueAs(block, 'A', 'Number', Order.UNARY);
    const b = generator.valueAs(block, 'B', 'Number', Order.MULTIPLICATIVE);
    return [`(double)${a}${symbol}${b}`, order];
  }
  const a = generator.valueAs(block, 'A', 'Number', order);
  const b = generator.valueAs(block, 'B', 'Number', order);
  return [a + symbol + b, order];
}

const SINGLE = {ROOT: 'sqrt', ABS: 'fabs', LN: 'log', LOG10: 'log10', EXP: 'exp'};

export function math_single(block, generator) {
  const op = block.getFieldValue('OP');
  if (op === 'NEG') {
    return [`-${generator.valueAs(block, 'NUM', 'Number', Order.UNARY)}`, Order.UNARY];
  }
  const arg = generator.valueAs(block, 'NUM', 'Number');
  if (op === 'POW10') return [`pow(10, ${arg})`, Order.POSTFIX];
  return [`${SINGLE[op] || 'fabs'}(${arg})`, Order.POSTFIX];
}

export function math_round(block, generator) {
  const fn = {ROUND: 'round', ROUNDUP: 'ceil', ROUNDDOWN: 'floor'}[block.getFieldValue('OP')] || 'round';
  return [`${fn}(${generator.valueAs(block, 'NUM', 'Number')})`, Order.POSTFIX];
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

export function math_constrain(block, generator) {
  const v = generator.valueAs(block, 'VALUE', 'Number');
  const lo = generator.valueAs(block, 'LOW', 'Number');
  const hi = generator.valueAs(block, 'HIGH', 'Number');
  // Arduino's constrain() is a macro that evaluates its arguments twice; this is a function.
  generator.addHelper('kumiki_constrain', [
    'double kumiki_constrain(double value, double low, double high) {',
    '  if (value < low) return low;',
    '  if (value > high) return high;',
    '  return value;',
    '}',
  ].join('\n'));
  return [`kumiki_constrain(${v}, ${lo}, ${hi})`, Order.POSTFIX];
}

export function math_number_property(block, generator) {
  const property = block.getFieldValue('PROPERTY');
  const n = generator.valueAs(block, 'NUMBER_TO_CHECK', 'Number');
  switch (property) {
    case 'EVEN': return [`fmod(${n}, 2) == 0`, Order.EQUALITY];
    case 'ODD': return [`fmod(${n}, 2) != 0`, Order.EQUALITY];
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
