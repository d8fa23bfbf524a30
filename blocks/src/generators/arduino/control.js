/** Kumiki's own control blocks: waits that keep events alive. */
import {Order} from '../arduino.js';

export function kumiki_wait_ms(block, generator) {
  return generator.waitCall(generator.valueAs(block, 'MS', 'Number'));
}

export function kumiki_wait_seconds(block, generator) {
  const seconds = generator.valueAs(block, 'SECONDS', 'Number', Order.MULTIPLICATIVE);
  return generator.waitCall(`${seconds} * 1000`);
}

export function kumiki_wait_until(block, generator) {
  const condition = generator.valueAs(block, 'CONDITION', 'Boolean');
  const body = generator.hasEvents ? `${generator.INDENT}kumiki_pollEvents();\n` : `${generator.INDENT}yield();\n`;
  return `while (!(${condition})) {\n${body}}\n`;
}
