#!/usr/bin/env bash
# Device-link benchmarks (needs socat; the plotter one needs a display or xvfb-run):
#   - sustained capture of 16 kHz sound over the emulator link (socat pseudo-terminals): throughput and drops
#   - plotter frame time while the board prints 1,000 points a second
# Usage: bench/device.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
./kumiki --version >/dev/null   # builds Kumiki if needed
# The emulator lives with the tests; compile them if they are not there yet.
# The Wio Terminal emulator and socat pairs are the device module's test fixtures.
[ -d device/target/test-classes/kumiki/device ] || mvn -q -B -o test-compile -pl device >/dev/null
cp="device/target/test-classes:editor/target/classes:$(cat editor/target/classpath.txt)"
java_opts=(-Dpolyglot.engine.WarnInterpreterOnly=false)

echo "== capture: 16 kHz sound, 10 examples of 3 s each, paced like the board"
java "${java_opts[@]}" -cp "$cp" bench/CaptureThroughput.java paced 10 3
echo "== capture: as fast as the link carries it (the board's 45 KB/s is far below this)"
java "${java_opts[@]}" -cp "$cp" bench/CaptureThroughput.java unpaced 5 10

echo "== plotter: 1,000 points a second for 10 s, two series"
if [ -n "${DISPLAY:-}" ]; then
  java "${java_opts[@]}" -cp "$cp" bench/PlotterFrames.java 10
else
  xvfb-run -a -s "-screen 0 1280x800x24" java "${java_opts[@]}" -cp "$cp" bench/PlotterFrames.java 10
fi
