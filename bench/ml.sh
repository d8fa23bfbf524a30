#!/usr/bin/env bash
# ML benchmarks: train on the seeded gesture set and on spoken words, then report accuracy, size and cost.
# Goals on a 2-core machine: gestures held-out int8 >= 95%, within 1 point of float, model <= 20 KB,
# arena <= 10 KB, training <= 30 s; words >= 90% with arena <= 40 KB.
# Usage: bench/ml.sh   (needs espeak-ng and sox for the words)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/bench/out/ml"
rm -rf "$out" && mkdir -p "$out"
cd "$here"
./kumiki --version >/dev/null
# The seeded data generators are ml's test fixtures.
[ -d ml/target/test-classes/kumiki/ml/synth ] || mvn -q -B -o test-compile -pl ml >/dev/null
cp="ml/target/test-classes:cli/target/classes:$(cat cli/target/classpath.txt)"

summary() {
  python3 - "$1" <<'PY'
import json, sys
m = json.load(open(sys.argv[1] + "/model.json"))
r = m["report"]; t = m["training"]; me = m["metrics"]
print(f"  labels {m['labels']}, {t['trainSamples']} training / {me['testSamples']} test samples, {t['epochs']} epochs")
print(f"  training (read, features, train, quantize, export, evaluate): {t['seconds']} s")
print(f"  held-out accuracy: float {100*me['float']['accuracy']:.1f}%, int8 {100*me['int8']['accuracy']:.1f}%")
print(f"  model {r['modelBytes']:,} B; arena {r['activationBytes']:,} B + interpreter {r['interpreterBytes']:,} B = {r['arenaBytes']:,} B; "
      f"flash {r['flashBytes']:,} B; {r['macs']:,} MACs; ~{r['latencyMs']:.2f} ms at 120 MHz")
PY
}

echo "== gestures (4 classes x 60, motion-spectral, dense net)"
java -cp "$cp" bench/MakeGestures.java "$out/gestures" 60 1
./kumiki train --data "$out/gestures" --pipeline motion-spectral --out "$out/gesture-model" --seed 1 >/dev/null 2>&1
summary "$out/gesture-model"

echo "== gestures (motion-raw, conv net)"
./kumiki train --data "$out/gestures" --pipeline motion-raw --out "$out/gesture-raw-model" --seed 1 >/dev/null 2>&1
summary "$out/gesture-raw-model"

echo "== spoken words (yes, no, background x 60, audio-mfe, conv net)"
java -cp "$cp" bench/MakeWords.java "$out/words" 60 1
./kumiki train --data "$out/words" --pipeline audio-mfe --out "$out/words-model" --seed 1 >/dev/null 2>&1
summary "$out/words-model"

echo "== training time against TensorFlow.js (same features, same dense net, 75 epochs, no early stopping)"
(cd bench/tfjs && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
TF_ENABLE_ONEDNN_OPTS=0 TF_CPP_MIN_LOG_LEVEL=3 java -cp "$cp" bench/TrainTiming.java "$out/gestures" motion-spectral 75 "$out/features.json" 2>/dev/null
node bench/tfjs/train.mjs "$out/features.json" 75 wasm 2>/dev/null | grep TensorFlow
