/** The build-assets input, in a module of its own so fields and generators can read it without a cycle. */
const NO_ASSETS = Object.freeze({labels: [], model: {}, pipeline: {}});
let assets = NO_ASSETS;

/**
 * What the sketch needs beside the blocks (BuildAssets.java): the trained model's labels, facts and
 * feature pipeline. Both hosts set it before generating, so blocks that use the model read it here.
 */
export function setBuildAssets(value) {
  const v = value && typeof value === 'object' ? value : {};
  assets = Object.freeze({
    labels: Array.isArray(v.labels) ? v.labels.filter((l) => typeof l === 'string') : [],
    model: v.model && typeof v.model === 'object' ? v.model : {},
    pipeline: v.pipeline && typeof v.pipeline === 'object' ? v.pipeline : {},
  });
}

export function buildAssets() {
  return assets;
}

