#!/usr/bin/env bash
# Builds the Linux kiosk: an app-image (a folder that runs anywhere on x86-64 Linux) and a .deb, both with their own
# Java runtime, JavaFX, Monocle (headless checks) and the bundled content. One command, from the project folder:
#
#   packaging/build-linux.sh                 # app-image and .deb in target/packaging/
#   packaging/build-linux.sh --app-image     # the app-image only (what CI builds)
#
# Needs JDK 17+ with jpackage, Maven, and Debian's fakeroot, binutils (objcopy) and dpkg (for the .deb).
set -euo pipefail
cd "$(dirname "$0")/.."

want_deb=true
case "${1:-}" in
  "") ;;
  --app-image) want_deb=false ;;
  *) echo "usage: $0 [--app-image]" >&2; exit 2 ;;
esac

NAME=zhanaozen-kiosk
OUT=target/packaging
INPUT=$OUT/input

# jpackage: $JPACKAGE, else the JDK 17 this project is built with, else $JAVA_HOME's, else the PATH's.
JPACKAGE=${JPACKAGE:-}
for candidate in /usr/lib/jvm/java-17-openjdk-amd64/bin/jpackage "${JAVA_HOME:+$JAVA_HOME/bin/jpackage}" "$(command -v jpackage || true)"; do
  if [ -z "$JPACKAGE" ] && [ -n "$candidate" ] && [ -x "$candidate" ]; then JPACKAGE=$candidate; fi
done
JDK_BIN=$(dirname "${JPACKAGE:-/nonexistent/jpackage}")

missing=()
[ -n "$JPACKAGE" ] || missing+=("jpackage (apt-get install openjdk-17-jdk-headless)")
command -v mvn >/dev/null || missing+=("mvn (apt-get install maven)")
command -v objcopy >/dev/null || missing+=("objcopy (apt-get install binutils)")
if $want_deb; then
  command -v fakeroot >/dev/null || missing+=("fakeroot (apt-get install fakeroot)")
  command -v dpkg-deb >/dev/null || missing+=("dpkg-deb (apt-get install dpkg)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Cannot build the Linux packages; missing:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  exit 1
fi

echo "== Maven: the jar and its runtime dependencies"
rm -rf "$OUT"
mvn -B -q -DskipTests package dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$INPUT"
VERSION=$(sed -n 's/^version=//p' target/classes/org/zhanaozen/kiosk/version.properties)
cp "target/$NAME-$VERSION.jar" "$INPUT/"
# The content travels inside the app: lib/app/data, found through -Dkiosk.data=$APPDIR/data.
cp -r data "$INPUT/data"

# The Java modules the jars use (JavaFX itself stays on the class path, like in the tests).
MODULES=$("$JDK_BIN/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
    --class-path "$INPUT/*" "$INPUT"/*.jar 2>/dev/null | tail -1)
MODULES="$MODULES,java.logging"
echo "== jpackage $("$JPACKAGE" --version): app-image $NAME $VERSION, modules $MODULES"

common=(
  --name "$NAME"
  --app-version "$VERSION"
  --vendor "Zhanaozen exhibition"
  --description "Offline exhibition kiosk on the 2011 Zhanaozen oil workers' strike"
  --copyright "GPL-3.0-or-later"
)
"$JPACKAGE" --type app-image "${common[@]}" \
  --dest "$OUT" \
  --input "$INPUT" \
  --main-jar "$NAME-$VERSION.jar" \
  --main-class org.zhanaozen.kiosk.Launcher \
  --add-modules "$MODULES" \
  --java-options '-Dkiosk.data=$APPDIR/data' \
  --java-options '-Xmx512m' --java-options '-XX:SoftRefLRUPolicyMSPerMB=100' \
  --icon packaging/icon/zhanaozen-kiosk.png
echo "app-image: $OUT/$NAME ($(du -sh "$OUT/$NAME" | cut -f1))"

if $want_deb; then
  echo "== jpackage: .deb"
  "$JPACKAGE" --type deb "${common[@]}" \
    --dest "$OUT" \
    --app-image "$OUT/$NAME" \
    --icon packaging/icon/zhanaozen-kiosk.png \
    --license-file LICENSE \
    --linux-package-name "$NAME" \
    --linux-deb-maintainer "kiosk@zhanaozen.invalid" \
    --linux-app-category misc \
    --linux-menu-group "Education" \
    --linux-shortcut \
    --resource-dir packaging/linux/deb-resources \
    --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1, libxtst6"
  deb=$(ls "$OUT"/*.deb)
  echo "deb: $deb ($(du -h "$deb" | cut -f1))"
fi
