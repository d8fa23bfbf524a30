#!/usr/bin/env bash
# ML benchmarks, as a new user would meet them: models trained on some people and tested on people
# (or voices) they never saw.
# Goals on a 2-core machine:
#   gestures, six people -> three unseen people: int8 >= 95%
#   one person, 10 examples per gesture -> three unseen people: >= 85%
#   words, training voices -> unseen voices: >= 95%
#   training with augmentation and auto: <= 30 s for 60 motion examples, <= 60 s for 200 sound examples
#   board: motion model <= 20 KB and arena <= 10 KB; sound arena <= 40 KB
#   a 60-second stream with 10 gestures: each recognised once, <= 1 false recognition per minute of rest
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

TF_CPP_MIN_LOG_LEVEL=3 java -cp "$cp" bench/MlQuality.java "$out" 2> >(grep -v "absl::\|MLIR\|^WARNING" >&2)

echo "== the command line on a tagged gesture folder (three people; auto)"
java -cp "$cp" bench/MakeGestures.java "$out/gestures" 5 1
./kumiki train --data "$out/gestures" --out "$out/gesture-model" --seed 1 2>/dev/null | sed 's/^/  /'

echo "== training time against TensorFlow.js (same features, same dense net, 75 epochs, no early stopping)"
(cd bench/tfjs && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
TF_ENABLE_ONEDNN_OPTS=0 TF_CPP_MIN_LOG_LEVEL=3 java -cp "$cp" bench/TrainTiming.java "$out/gestures" motion-spectral 75 "$out/features.json" 2>/dev/null
node bench/tfjs/train.mjs "$out/features.json" 75 wasm 2>/dev/null | grep TensorFlow
