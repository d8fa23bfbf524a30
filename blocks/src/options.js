/**
 * Dropdown choices shared by several blocks, each with what it means on the board.
 * Definitions refer to them as "%BUTTONS%", "%NOTES%", "%PINS%".
 */

/** Buttons on the Wio Terminal (variant.h names). */
export const BUTTONS = [
  {value: 'A', label: '%{BKY_KUMIKI_BUTTON_A}', pin: 'WIO_KEY_A'},
  {value: 'B', label: '%{BKY_KUMIKI_BUTTON_B}', pin: 'WIO_KEY_B'},
  {value: 'C', label: '%{BKY_KUMIKI_BUTTON_C}', pin: 'WIO_KEY_C'},
  {value: 'UP', label: '%{BKY_KUMIKI_BUTTON_UP}', pin: 'WIO_5S_UP'},
  {value: 'DOWN', label: '%{BKY_KUMIKI_BUTTON_DOWN}', pin: 'WIO_5S_DOWN'},
  {value: 'LEFT', label: '%{BKY_KUMIKI_BUTTON_LEFT}', pin: 'WIO_5S_LEFT'},
  {value: 'RIGHT', label: '%{BKY_KUMIKI_BUTTON_RIGHT}', pin: 'WIO_5S_RIGHT'},
  {value: 'PRESS', label: '%{BKY_KUMIKI_BUTTON_PRESS}', pin: 'WIO_5S_PRESS'},
];

const NOTE_NAMES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];

/** Equal temperament around A4 = 440 Hz, rounded to whole hertz for tone(). */
function frequency(octave, semitone) {
  const midi = 12 * (octave + 1) + semitone;
  return Math.round(440 * Math.pow(2, (midi - 69) / 12));
}

/** C4 to B5: two octaves fit a child's songs and the buzzer's best range. */
export const NOTES = [];
for (const octave of [4, 5]) {
  NOTE_NAMES.forEach((name, semitone) => {
    const base = name[0];
    const sharp = name.length > 1 ? '♯' : '';
    NOTES.push({
      value: name + octave,
      label: `%{BKY_KUMIKI_NOTE_${base}}${sharp}${octave}`,
      hz: frequency(octave, semitone),
    });
  });
}

/** Pins 0-8 on the header; on the Wio Terminal Dn and An are the same pin, and 0/1 are the right Grove port. */
export const PINS = [];
for (let n = 0; n <= 8; n++) {
  const label = n <= 1 ? `%{BKY_KUMIKI_PIN_GROVE_${n}}` : `D${n}/A${n}`;
  PINS.push({value: String(n), label, digital: `D${n}`, analog: `A${n}`});
}

export const OPTION_LISTS = {
  '%BUTTONS%': BUTTONS,
  '%NOTES%': NOTES,
  '%PINS%': PINS,
};

export function find(list, value) {
  return list.find((o) => o.value === value) || list[0];
}
