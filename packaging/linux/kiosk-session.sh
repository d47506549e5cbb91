#!/usr/bin/env bash
# The X session of the kiosk account (LightDM logs it in automatically): no blanking, no power saving, a minimal
# window manager for full screen, and the kiosk under its supervisor. If this script ever ends, the session ends and
# LightDM logs the account in again.
set -u

# Venue settings, e.g. KIOSK_ARGS="--data /srv/exhibit" (written by setup-kiosk.sh; optional).
KIOSK_APP=/opt/zhanaozen-kiosk/bin/zhanaozen-kiosk
KIOSK_ARGS=
[ -r /etc/zhanaozen-kiosk/kiosk.conf ] && . /etc/zhanaozen-kiosk/kiosk.conf

# Never blank or power down the screen.
xset s off s noblank -dpms 2>/dev/null

# Openbox makes the full-screen request work; it shows nothing of its own.
openbox --config-file /usr/local/lib/zhanaozen-kiosk/openbox-rc.xml &

# shellcheck disable=SC2086  # KIOSK_ARGS is a list of words on purpose
exec /usr/local/lib/zhanaozen-kiosk/kiosk-supervisor.sh "$KIOSK_APP" $KIOSK_ARGS
