/**
 * The label dropdown of the Teach blocks. Its choices are the project's model's labels (buildAssets()),
 * read each time the menu opens, so a new model changes every block's menu at once. Unlike Blockly's
 * dropdown it keeps a label the model does not have (a block saved before retraining, a label removed):
 * the block shows it, and findProblems warns, instead of silently switching to another label.
 */
import * as Blockly from 'blockly/core';
import {buildAssets} from '../assets.js';

export class FieldModelLabel extends Blockly.FieldDropdown {
  constructor(value, validator, config) {
    super(function labelOptions() {
      const labels = buildAssets().labels;
      const options = labels.map((l) => [l, l]);
      const kept = this.kept_;
      if (kept && !labels.includes(kept)) options.push([kept, kept]);
      return options.length ? options : [['?', '']];
    }, validator, config);
    if (value) this.setValue(value);
  }

  /** Any label name is a value; whether the model has it is a problem for findProblems, not a reason to drop it. */
  doClassValidation_(value) {
    if (typeof value !== 'string' || value.length > 64) return null;
    this.kept_ = value;
    return value;
  }

  /**
   * The label itself, as the block shows it. Blockly would show the option it had cached when the
   * block was made, which for a label the model lacks is the model's first label: the wrong word.
   */
  getText_() {
    const value = this.getValue();
    return value ? String(value) : '?';
  }

  static fromJson(options) {
    return new FieldModelLabel(options.value, undefined, options);
  }
}

let registered = false;

export function registerModelLabelField() {
  if (registered) return;
  Blockly.fieldRegistry.register('field_kumiki_label', FieldModelLabel);
  registered = true;
}
