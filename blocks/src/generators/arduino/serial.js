/** Text and plot lines to the computer over USB serial at 115200 baud. */
import {useSerial} from './parts.js';

export function kumiki_serial_print(block, generator) {
  useSerial(generator);
  return `Serial.println(${generator.valueAs(block, 'TEXT', 'String')});\n`;
}

/** The Arduino Serial Plotter's line format: name:value,name:value. */
export function kumiki_serial_plot(block, generator) {
  useSerial(generator);
  const series = [];
  for (const i of [1, 2, 3]) {
    if (!block.getInputTargetBlock('VALUE' + i)) continue;
    const raw = String(block.getFieldValue('NAME' + i) || `value${i}`);
    // Spaces, colons and commas would break the plotter's format.
    const name = raw.replace(/[\s:,]+/g, '_') || `value${i}`;
    series.push({name, value: generator.valueAs(block, 'VALUE' + i, 'Number')});
  }
  if (series.length === 0) return 'Serial.println();\n';
  let code = '';
  series.forEach((s, i) => {
    const label = (i > 0 ? ',' : '') + s.name + ':';
    code += `Serial.print(${generator.quote_(label)});\nSerial.print(${s.value});\n`;
  });
  return code + 'Serial.println();\n';
}
