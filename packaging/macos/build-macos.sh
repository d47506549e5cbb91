#!/usr/bin/env bash
# Builds the macOS disk image (.dmg) of the kiosk, with its own Java runtime, JavaFX and the bundled content.
# UNTESTED: written on Linux, never run on a Mac. Mirrors packaging/build-linux.sh, which is tested.
#
# Needs: a JDK 17+ for macOS with jpackage (JAVA_HOME or PATH) and Maven; Xcode command-line tools (for hdiutil and
# codesign). On Apple silicon, Maven picks JavaFX's -mac-aarch64 jars and the JDK must be an arm64 one. From the
# project folder:
#
#   packaging/macos/build-macos.sh
#
# The app is not signed or notarised: Gatekeeper asks on first start (right-click > Open). To sign, add
# --mac-sign --mac-signing-key-user-name "Developer ID Application: ..." to the jpackage call.
set -euo pipefail
cd "$(dirname "$0")/../.."

NAME=zhanaozen-kiosk
OUT=target/packaging
INPUT=$OUT/input
JDK_BIN=${JAVA_HOME:+$JAVA_HOME/bin}
JDK_BIN=${JDK_BIN:-$(dirname "$(command -v jpackage)")}

rm -rf "$OUT"
mvn -B -q -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$INPUT"
VERSION=$(sed -n 's/^version=//p' target/classes/org/zhanaozen/kiosk/version.properties)
cp "target/$NAME-$VERSION.jar" "$INPUT/"
cp -R data "$INPUT/data"
MODULES=$("$JDK_BIN/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
    --class-path "$INPUT/*" "$INPUT"/*.jar 2>/dev/null | tail -1),java.logging

# macOS app versions must start with a non-zero number: 1.0.0 is fine.
"$JDK_BIN/jpackage" --type dmg \
  --name "$NAME" --app-version "$VERSION" \
  --vendor "Zhanaozen exhibition" \
  --description "Offline exhibition kiosk on the 2011 Zhanaozen oil workers' strike" \
  --copyright "GPL-3.0-or-later" \
  --dest "$OUT" --input "$INPUT" \
  --main-jar "$NAME-$VERSION.jar" --main-class org.zhanaozen.kiosk.Launcher \
  --add-modules "$MODULES" \
  --java-options '-Dkiosk.data=$APPDIR/data' \
  --java-options '-Xmx512m' --java-options '-XX:SoftRefLRUPolicyMSPerMB=100' \
  --icon packaging/icon/zhanaozen-kiosk.icns \
  --license-file LICENSE \
  --mac-package-name "Zhanaozen" \
  --mac-package-identifier org.zhanaozen.kiosk
ls -l "$OUT"/*.dmg
