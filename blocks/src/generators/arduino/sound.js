/** The buzzer. One beat is 500 ms (120 beats per minute). */
import {NOTES, find} from '../../options.js';
import {useBuzzer} from './parts.js';

const BEAT_MS = 500;

function playHelper(generator) {
  useBuzzer(generator);
  const waitLine = generator.waitCall('ms').trim();
  return generator.addHelper('kumiki_play', [
    'void kumiki_play(double hz, double ms) {',
    '  tone(WIO_BUZZER, (unsigned int)hz);',
    `  ${waitLine}`,
    '  noTone(WIO_BUZZER);',
    '}',
  ].join('\n'));
}

export function kumiki_play_note(block, generator) {
  const note = find(NOTES, block.getFieldValue('NOTE'));
  const beats = Number(block.getFieldValue('BEATS')) || 1;
  return `${playHelper(generator)}(${note.hz}, ${beats * BEAT_MS}); // ${note.value}\n`;
}

export function kumiki_play_tone(block, generator) {
  const hz = generator.valueAs(block, 'HZ', 'Number');
  const ms = generator.valueAs(block, 'MS', 'Number');
  return `${playHelper(generator)}(${hz}, ${ms});\n`;
}

export function kumiki_stop_sound(block, generator) {
  useBuzzer(generator);
  return 'noTone(WIO_BUZZER);\n';
}
