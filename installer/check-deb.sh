#!/usr/bin/env bash
# Installs the .deb that `mvn -Pinstaller package` made, uses the installed copy as a teacher would
# (kumiki on PATH: --help, and a headless compile of a sample), and removes it again.
# Needs root (dpkg). Prints the package size and the installed size.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
deb="$(ls "$here"/installer/target/installer/kumiki_*.deb | head -n 1)"
echo "package: $(basename "$deb"), $(du -h "$deb" | cut -f1)"
dpkg -i "$deb" >/dev/null
trap 'dpkg --purge kumiki >/dev/null 2>&1 || true' EXIT
echo "installed: $(du -sh /opt/kumiki | cut -f1) in /opt/kumiki"
command -v kumiki
start=$(date +%s%N)
kumiki --help | grep -q "compile" || { echo "kumiki --help does not list compile" >&2; exit 1; }
out="$(mktemp -d)"
echo "kumiki --help from the installed copy: $(( ($(date +%s%N) - start) / 1000000 )) ms"
kumiki compile "$here/samples/hello-screen" -o "$out"
grep -q "void setup()" "$out/Hello_screen/Hello_screen.ino" || { echo "the installed kumiki wrote no sketch" >&2; exit 1; }
rm -rf "$out"
dpkg --purge kumiki >/dev/null
trap - EXIT
hash -r
if [ -e /usr/bin/kumiki ] || [ -e /opt/kumiki ]; then
  echo "kumiki is still installed after dpkg -r" >&2
  exit 1
fi
echo "installed, used and removed: OK"
