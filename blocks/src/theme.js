/** Kumiki's colours: bright and calm, one hue per category, shared by blocks and the toolbox. */
import * as Blockly from 'blockly/core';
import HighContrast from '@blockly/theme-highcontrast';
import {darkForWhiteText} from './contrast.js';

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

function styles(highContrast) {
  const blockStyles = {};
  const categoryStyles = {};
  for (const [name, colour] of Object.entries(HUES)) {
    const c = highContrast ? darkForWhiteText(colour) : colour;
    // In high contrast, shadow blocks (secondary) are as dark as the rest, and every edge is black.
    blockStyles[`${name}_blocks`] = highContrast ? {colourPrimary: c, colourSecondary: c, colourTertiary: '#000000'}
        : {colourPrimary: c};
    categoryStyles[`${name}_category`] = {colour: c};
  }
  return {blockStyles, categoryStyles};
}

/** Block text size for the usual and the large look; the canvas zoom grows with it (web.js). */
export const FONT_SIZE = {usual: 12, large: 15};

const themes = new Map();

/**
 * Kumiki's theme in one of its four looks: usual or high contrast, usual or large text. Blockly's
 * own blocks ask for the style names of our categories of the same name (loop_blocks and so on).
 */
export function kumikiTheme({highContrast = false, large = false} = {}) {
  const name = `kumiki${highContrast ? '-highcontrast' : ''}${large ? '-large' : ''}`;
  if (themes.has(name)) return themes.get(name);
  const {blockStyles, categoryStyles} = styles(highContrast);
  const componentStyles = highContrast ? {
    workspaceBackgroundColour: '#ffffff',
    toolboxBackgroundColour: '#000000',
    toolboxForegroundColour: '#ffffff',
    flyoutBackgroundColour: '#e8e8e8',
    flyoutForegroundColour: '#000000',
    flyoutOpacity: 1,
    scrollbarColour: '#000000',
    scrollbarOpacity: 1,
    selectedGlowColour: '#000000',
    insertionMarkerColour: '#000000',
    insertionMarkerOpacity: 0.5,
  } : {
    workspaceBackgroundColour: '#fbfaf7',
    toolboxBackgroundColour: '#ffffff',
    toolboxForegroundColour: '#33363b',
    flyoutBackgroundColour: '#f1efe9',
    flyoutOpacity: 0.97,
    scrollbarColour: '#c9c5bb',
  };
  const theme = Blockly.Theme.defineTheme(name, {
    name,
    // The high-contrast plugin's styles cover Blockly's own categories we do not restyle (lists, colour).
    base: highContrast ? HighContrast : Blockly.Themes.Classic,
    blockStyles,
    categoryStyles,
    componentStyles,
    // Kumiki's own font first (loaded by the page, see web/index.html), so Japanese never depends on the machine.
    fontStyle: {family: '"Kumiki UI", sans-serif', weight: 'bold', size: large ? FONT_SIZE.large : FONT_SIZE.usual},
    startHats: true,
  });
  themes.set(name, theme);
  return theme;
}

export const KumikiTheme = kumikiTheme();
