/**
 * JavaFX's WebKit gives keyboard events a keyCode but an empty `key` and `code`. Blockly reads
 * `key` in places (Enter and Escape in a field's text editor), and so does the workspace search
 * (Ctrl+F), so without this the keyboard alone could not finish editing a text or open the search.
 * Before any other listener runs, each key event that lacks them gets the standard names back.
 */
const NAMED = {
  8: 'Backspace', 9: 'Tab', 13: 'Enter', 16: 'Shift', 17: 'Control', 18: 'Alt', 20: 'CapsLock', 27: 'Escape',
  32: ' ', 33: 'PageUp', 34: 'PageDown', 35: 'End', 36: 'Home', 37: 'ArrowLeft', 38: 'ArrowUp',
  39: 'ArrowRight', 40: 'ArrowDown', 45: 'Insert', 46: 'Delete', 93: 'ContextMenu',
};
const CODES = {' ': 'Space', Control: 'ControlLeft', Shift: 'ShiftLeft', Alt: 'AltLeft'};

/** The `key` and `code` a standard browser would give for this keyCode (letters and digits by position). */
export function keyNames(keyCode, shiftKey) {
  let key = NAMED[keyCode];
  let code = key ? (CODES[key] || key) : '';
  if (!key && keyCode >= 65 && keyCode <= 90) {
    const letter = String.fromCharCode(keyCode);
    key = shiftKey ? letter : letter.toLowerCase();
    code = 'Key' + letter;
  } else if (!key && keyCode >= 48 && keyCode <= 57) {
    key = String.fromCharCode(keyCode);
    code = 'Digit' + key;
  } else if (!key && keyCode >= 112 && keyCode <= 123) {
    key = 'F' + (keyCode - 111);
    code = key;
  }
  return key ? {key, code} : null;
}

function fill(e) {
  if (e.key) return;
  const names = keyNames(e.keyCode, e.shiftKey);
  if (!names) return;
  Object.defineProperty(e, 'key', {value: names.key, configurable: true});
  if (!e.code) Object.defineProperty(e, 'code', {value: names.code, configurable: true});
}

export function installKeyNames(target) {
  for (const type of ['keydown', 'keyup']) target.addEventListener(type, fill, true);
}
