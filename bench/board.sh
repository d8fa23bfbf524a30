#!/usr/bin/env bash
# How long one recognition takes on the Wio Terminal's Cortex-M4 (issue 14's goal: features plus
# inference <= 20 ms at 120 MHz for motion, <= 100 ms per second of sound).
# - Features: each pipeline's generated C, built for the Cortex-M4 as a sketch is (-Os, hard float),
#   run on QEMU's mps2-an386 with one instruction per nanosecond; the instructions are counted.
# - Inference: the model report's estimate (kumiki report) for a model trained here.
# Usage: bench/board.sh   (needs gcc-arm-none-eabi and qemu-system-arm: apt-get install gcc-arm-none-eabi qemu-system-arm)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/bench/out/board"
rm -rf "$out" && mkdir -p "$out"
cd "$here"
for tool in arm-none-eabi-gcc qemu-system-arm; do
  command -v "$tool" >/dev/null || { echo "bench/board.sh needs $tool: apt-get install gcc-arm-none-eabi qemu-system-arm" >&2; exit 1; }
done
./kumiki --version >/dev/null
[ -d ml/target/test-classes/kumiki/ml/synth ] || mvn -q -B -o test-compile -pl ml >/dev/null
cp="ml/target/test-classes:cli/target/classes:$(cat cli/target/classpath.txt)"
java -cp "$cp" bench/FeatureSources.java "$out"

# As in a sketch: the .ino includes kumiki_features.h, so the features are C++ (math.h's float
# overloads: log10 of a float is log10f there).
flags=(-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16 -Os -fno-exceptions)
echo "== features of one window on a Cortex-M4 (QEMU mps2-an386, instructions counted)"
for src in "$out"/*.c; do
  name="$(basename "$src" .c)"
  defines="$(grep '^#define' "$src")"
  { echo "$defines"; echo "#define PIPELINE \"$name\""; cat bench/board/features_main.c; } > "$out/main-$name.c"
  arm-none-eabi-gcc "${flags[@]}" -c bench/board/startup.c -o "$out/startup.o"
  arm-none-eabi-g++ "${flags[@]}" -std=gnu++14 -x c++ -c "$src" -o "$out/$name.o"
  arm-none-eabi-g++ "${flags[@]}" -std=gnu++14 -x c++ -c "$out/main-$name.c" -o "$out/main-$name.o"
  arm-none-eabi-g++ "${flags[@]}" -T bench/board/mps2.ld --specs=nano.specs --specs=rdimon.specs -u _printf_float \
    -o "$out/$name.elf" "$out/startup.o" "$out/$name.o" "$out/main-$name.o" -lm 2> >(grep -v "warning" >&2)
  timeout 600 qemu-system-arm -M mps2-an386 -cpu cortex-m4 -nographic -monitor none -serial none -icount shift=0 \
    -semihosting-config enable=on,target=native -kernel "$out/$name.elf" | sed 's/^/  /'
done
echo "== what Kumiki estimates for the same windows (FeaturePipeline.boardInstructions, from the figures above)"
java -cp "$cp" bench/FeatureSources.java "$out" --estimates | sed 's/^/  /'

echo "== inference, from the model report (a gesture model and a sound model trained here)"
java -cp "$cp" bench/MakeGestures.java "$out/gestures" 5 1
./kumiki train --data "$out/gestures" --pipeline motion-robust --out "$out/motion" --seed 1 >/dev/null 2>&1
./kumiki report --model "$out/motion" | grep -i "latency\|ms" | sed 's/^/  motion-robust: /'
if command -v espeak-ng >/dev/null && command -v sox >/dev/null; then
  java -cp "$cp" bench/MakeWords.java "$out/words" 24 1 >/dev/null
  ./kumiki train --data "$out/words" --pipeline audio-mfe --out "$out/sound" --seed 1 >/dev/null 2>&1
  ./kumiki report --model "$out/sound" | grep -i "latency\|ms" | sed 's/^/  audio-mfe: /'
fi
