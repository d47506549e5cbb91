#!/usr/bin/env bash
# Turns a fresh Debian 12 / Ubuntu 22.04+ machine into a kiosk that boots straight into the exhibit. Run as root:
#
#   sudo packaging/linux/setup-kiosk.sh zhanaozen-kiosk_1.0.0-1_amd64.deb [--data /srv/exhibit]
#
# Installs the kiosk (.deb), X, LightDM and Openbox; creates the account "kiosk" (no password, no sudo); logs it in
# automatically into a session that runs the kiosk full screen under a supervisor that restarts it with back-off;
# turns off screen blanking and sleep. Then reboot. Running it again updates everything in place.
#
#   --data DIR          the venue's own content folder instead of the bundled one (check it first with --validate)
#   --files-only ROOT   only write the configuration files under ROOT (no packages, accounts or services): for tests
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

deb=
data=
root=
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data=${2:?--data needs a folder}; shift 2 ;;
    --files-only) root=${2:?--files-only needs a folder}; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    *) deb=$1; shift ;;
  esac
done
files_only=false
[ -n "$root" ] && files_only=true

if ! $files_only; then
  [ "$(id -u)" -eq 0 ] || { echo "Run this as root (sudo $0 ...)." >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  echo "== Packages: X, LightDM, Openbox, and the kiosk"
  apt-get update -q
  apt-get install -y -q --no-install-recommends xserver-xorg xinit x11-xserver-utils lightdm openbox
  if [ -n "$deb" ]; then
    apt-get install -y -q "$(realpath "$deb")"
  elif ! [ -x /opt/zhanaozen-kiosk/bin/zhanaozen-kiosk ]; then
    echo "The kiosk is not installed: pass the .deb (e.g. $0 zhanaozen-kiosk_1.0.0-1_amd64.deb)." >&2
    exit 1
  fi
  if [ -n "$data" ]; then
    echo "== Checking the content in $data"
    /opt/zhanaozen-kiosk/bin/zhanaozen-kiosk --validate "$data"
  fi
  echo "== The kiosk account"
  id kiosk >/dev/null 2>&1 || adduser --disabled-password --gecos "Zhanaozen kiosk" kiosk
  # Some distributions only autologin members of this group.
  getent group autologin >/dev/null || groupadd --system autologin
  usermod -a -G autologin kiosk
fi

echo "== Session, LightDM and power settings${root:+ (under $root)}"
install -d "$root/usr/local/lib/zhanaozen-kiosk" "$root/usr/share/xsessions" "$root/etc/lightdm/lightdm.conf.d" \
  "$root/etc/systemd/logind.conf.d" "$root/etc/zhanaozen-kiosk"
install -m 755 "$here/kiosk-supervisor.sh" "$here/kiosk-session.sh" "$root/usr/local/lib/zhanaozen-kiosk/"
install -m 644 "$here/openbox-rc.xml" "$root/usr/local/lib/zhanaozen-kiosk/"
install -m 644 "$here/zhanaozen-kiosk.desktop" "$root/usr/share/xsessions/"
install -m 644 "$here/lightdm-zhanaozen-kiosk.conf" "$root/etc/lightdm/lightdm.conf.d/50-zhanaozen-kiosk.conf"
install -m 644 "$here/logind-zhanaozen-kiosk.conf" "$root/etc/systemd/logind.conf.d/50-zhanaozen-kiosk.conf"
{
  echo "# Read by the kiosk session at each start. KIOSK_ARGS: options for the kiosk, e.g. --data /srv/exhibit"
  echo "KIOSK_ARGS=${data:+\"--data $data\"}"
} > "$root/etc/zhanaozen-kiosk/kiosk.conf"

if ! $files_only; then
  echo "== Services: graphical boot with LightDM, no sleep"
  systemctl mask sleep.target suspend.target hibernate.target hybrid-sleep.target
  systemctl set-default graphical.target
  systemctl enable lightdm
  echo "Done. Reboot: the machine will start into the kiosk."
fi
