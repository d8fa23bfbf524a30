/** Kumiki's colours: bright and calm, one hue per category, shared by blocks and the toolbox. */
import * as Blockly from 'blockly/core';

const HUES = {
  start: '#f5a623',
  loop: '#e8883a',
  logic: '#5b80a5',
  math: '#5b67a5',
  text: '#5ba58c',
  variable: '#a55b80',
  procedure: '#995ba5',
  screen: '#3a9ee8',
  buttons: '#d65cb7',
  sound: '#c25de0',
  sensors: '#2fb39a',
  serial: '#7d8b99',
  pins: '#6b8e23',
  time: '#4fa3c7',
  teach: '#e0577a',
};

const blockStyles = {};
const categoryStyles = {};
for (const [name, colour] of Object.entries(HUES)) {
  blockStyles[`${name}_blocks`] = {colourPrimary: colour};
  categoryStyles[`${name}_category`] = {colour};
}
// Blockly's own blocks ask for these style names.
blockStyles.loop_blocks = {colourPrimary: HUES.loop};
blockStyles.logic_blocks = {colourPrimary: HUES.logic};
blockStyles.math_blocks = {colourPrimary: HUES.math};
blockStyles.text_blocks = {colourPrimary: HUES.text};
blockStyles.variable_blocks = {colourPrimary: HUES.variable};
blockStyles.procedure_blocks = {colourPrimary: HUES.procedure};

export const KumikiTheme = Blockly.Theme.defineTheme('kumiki', {
  name: 'kumiki',
  base: Blockly.Themes.Classic,
  blockStyles,
  categoryStyles,
  componentStyles: {
    workspaceBackgroundColour: '#fbfaf7',
    toolboxBackgroundColour: '#ffffff',
    toolboxForegroundColour: '#33363b',
    flyoutBackgroundColour: '#f1efe9',
    flyoutOpacity: 0.97,
    scrollbarColour: '#c9c5bb',
  },
  // Kumiki's own font first (loaded by the page, see web/index.html), so Japanese never depends on the machine.
  fontStyle: {family: '"Kumiki UI", sans-serif', weight: 'bold', size: 12},
  startHats: true,
});
