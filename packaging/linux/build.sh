#!/usr/bin/env bash
# Package the PyInstaller folder dist/fieldmon/ (built by `make bundle`) for Linux:
#   dist/fieldmon-<version>-linux-x86_64.tar.gz   the folder, to unpack anywhere and run
#   dist/fieldmon_<version>_amd64.deb             made with Debian's own dpkg-deb:
#       /opt/fieldmon/                the bundle
#       /usr/bin/fieldmon             a link to /opt/fieldmon/fieldmon
#       /usr/share/applications/fieldmon.desktop        the menu entry (opens *.fmpkg too)
#       /usr/share/icons/hicolor/*/apps/fieldmon.png|svg the icon
#       /usr/share/mime/packages/fieldmon.xml           *.fmpkg is application/x-fieldmon-package
# The desktop, MIME and icon caches are refreshed by the triggers of desktop-file-utils,
# shared-mime-info and the icon theme: no maintainer scripts.
# Usage: packaging/linux/build.sh VERSION [DIST_FOLDER] [ICON_FOLDER]
set -euo pipefail
version="$1"
dist="${2:-dist}"
icons="${3:-build/icons}"
here="$(cd "$(dirname "$0")" && pwd)"
root_src="$(cd "$here/../.." && pwd)"

[ -x "$dist/fieldmon/fieldmon" ] || { echo "no bundle in $dist/fieldmon: run make bundle" >&2; exit 1; }

tarball="$dist/fieldmon-$version-linux-x86_64.tar.gz"
tar -C "$dist" -czf "$tarball" fieldmon
echo "wrote $tarball"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
root="$stage/root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/share/mime/packages" "$root/usr/share/icons/hicolor/scalable/apps" \
         "$root/usr/share/doc/fieldmon"
cp -a "$dist/fieldmon" "$root/opt/fieldmon"
ln -s /opt/fieldmon/fieldmon "$root/usr/bin/fieldmon"
install -m 644 "$here/fieldmon.desktop" "$root/usr/share/applications/fieldmon.desktop"
install -m 644 "$here/fieldmon-mime.xml" "$root/usr/share/mime/packages/fieldmon.xml"
install -m 644 "$root_src/resources/icons/fieldmon.svg" \
    "$root/usr/share/icons/hicolor/scalable/apps/fieldmon.svg"
for png in "$icons"/hicolor/*/apps/fieldmon.png; do
    size="$(basename "$(dirname "$(dirname "$png")")")"
    install -D -m 644 "$png" "$root/usr/share/icons/hicolor/$size/apps/fieldmon.png"
done
cat > "$root/usr/share/doc/fieldmon/copyright" <<EOF
fieldmon $version. The bundle in /opt/fieldmon carries Python, Qt (LGPLv3, via PySide6),
SQLCipher, SQLAlchemy, Alembic, openpyxl, cryptography and their licences as shipped in
their wheels (see the *.dist-info folders in /opt/fieldmon/_internal).
EOF
chmod -R u+rwX,go+rX,go-w "$root"

installed_kib="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
cat > "$root/DEBIAN/control" <<EOF
Package: fieldmon
Version: $version
Architecture: amd64
Maintainer: fieldmon developers <fieldmon@localhost>
Installed-Size: $installed_kib
Depends: libc6 (>= 2.31), libfontconfig1, libfreetype6, libxkbcommon0, libxkbcommon-x11-0, libegl1, libgl1, libdbus-1-3, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-render0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-util1, libxcb-xfixes0, libxcb-xkb1
Section: misc
Priority: optional
Homepage: https://github.com/fieldmon/fieldmon
Description: offline monitoring of development projects in the field
 Field officers record monitoring visits, microcredit and microleasing loans
 with their repayments, and trainings with day-by-day attendance, on a laptop
 with no connection, in English, Russian or Kazakh. Coordinators merge the
 officers' data packages and write the donor's quarterly Excel report.
EOF

deb="$dist/fieldmon_${version}_amd64.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "wrote $deb"
