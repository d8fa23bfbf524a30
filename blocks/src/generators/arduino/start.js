/** Start blocks: where a child's scripts begin. Each fills a part of the sketch instead of returning code. */
import {BUTTONS, find} from '../../options.js';
import {buttonDown, useButton} from './parts.js';

export function kumiki_on_start(block, generator) {
  generator.startCode_.push(generator.bodyOf(block));
  return '';
}

export function kumiki_forever(block, generator) {
  generator.loopCode_.push(generator.bodyOf(block));
  return '';
}

function handlerName(generator, base) {
  // A distinct name per block, so two "when button A" blocks both run.
  return generator.nameDB_.getDistinctName(base, 'PROCEDURE');
}

export function kumiki_on_button(block, generator) {
  const button = find(BUTTONS, block.getFieldValue('BUTTON'));
  const name = handlerName(generator, `when_button_${button.value}_pressed`);
  generator.handlers_.push(`void ${name}() {\n${generator.bodyOf(block)}}`);
  useButton(generator, button.pin);
  generator.addHelper('kumiki_newPress', [
    '// True once per press. Changes within 30 ms of the last one are contact bounce.',
    'bool kumiki_newPress(uint32_t pin, bool &wasDown, unsigned long &lastChange) {',
    `  bool down = ${buttonDown('pin')};`,
    '  if (down == wasDown || millis() - lastChange < 30) return false;',
    '  wasDown = down;',
    '  lastChange = millis();',
    '  return down;',
    '}',
  ].join('\n'));
  const state = `button_${button.value}`;
  generator.addPollState(`${state}_state`,
      `static bool ${state}_down = false;\nstatic unsigned long ${state}_changed = 0;`);
  generator.onButtonPress(button.pin, state, name);
  return '';
}

export function kumiki_every(block, generator) {
  const ms = Math.max(1, Math.round(Number(block.getFieldValue('MS')) || 1000));
  const name = handlerName(generator, `every_${ms}_ms`);
  generator.handlers_.push(`void ${name}() {\n${generator.bodyOf(block)}}`);
  generator.addPollState(`${name}_last`, `static unsigned long ${name}_last = 0;`);
  generator.addEventPoll(name,
      `if (millis() - ${name}_last >= ${ms}) {\n  ${name}_last = millis();\n  ${name}();\n}\n`);
  return '';
}
