// The dense net Kumiki trains (features → 20 relu → 10 relu → labels), trained with TensorFlow.js on
// the same features, batch size, learning rate and epoch count, to compare training time.
// node bench/tfjs/train.mjs FEATURES.json EPOCHS BACKEND(wasm|cpu)
import {readFileSync} from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';

const [file, epochsArg, backend = 'wasm'] = process.argv.slice(2);
const {x, y, labels} = JSON.parse(readFileSync(file, 'utf8'));
const epochs = Number(epochsArg);
await tf.setBackend(backend);
await tf.ready();

// Same normalisation as Kumiki: per feature, subtract the mean, divide by the standard deviation.
const n = x.length;
const size = x[0].length;
const mean = new Array(size).fill(0);
const sd = new Array(size).fill(0);
for (const row of x) row.forEach((v, i) => { mean[i] += v / n; });
for (const row of x) row.forEach((v, i) => { sd[i] += (v - mean[i]) ** 2 / n; });
const normalized = x.map((row) => row.map((v, i) => (v - mean[i]) / Math.max(Math.sqrt(sd[i]), 1e-3)));

const model = tf.sequential();
model.add(tf.layers.dense({inputShape: [size], units: 20, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({seed: 1})}));
model.add(tf.layers.dense({units: 10, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({seed: 2})}));
model.add(tf.layers.dense({units: labels.length, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({seed: 3})}));
model.compile({optimizer: tf.train.adam(0.005), loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy']});

const xs = tf.tensor2d(normalized);
const ys = tf.tensor1d(y, 'float32');
await model.fit(xs, ys, {epochs: 2, batchSize: 16, validationSplit: 0.15, verbose: 0}); // warm-up
const t0 = performance.now();
const history = await model.fit(xs, ys, {epochs, batchSize: 16, validationSplit: 0.15, shuffle: true, verbose: 0});
const seconds = (performance.now() - t0) / 1000;
const acc = history.history.acc || history.history.accuracy;
console.log(`TensorFlow.js ${tf.version.tfjs} (${tf.getBackend()}): ${epochs} epochs on ${n} samples in ${seconds.toFixed(2)} s ` +
  `(final training accuracy ${(100 * acc[acc.length - 1]).toFixed(1)}%)`);
