#!/usr/bin/env bash
# Run what the .deb installs, as a person would, with no venv and no source tree in reach:
# unpack the package into a temporary root (dpkg-deb -x), then with PATH=/usr/bin:/bin run
# the installed executable: --version, demo (with photos), report (and --with-photos),
# package export then import into a second database (encrypted with a passphrase; the
# attached files must arrive), the GUI offscreen for a few seconds, and
# `fieldmon FILE.fmpkg` while that window is open (it must hand the package over and exit).
# Any Python traceback in the log fails it. CI (.ci/run) runs it after `make bundle`.
# Usage: packaging/smoke-test.sh dist/fieldmon_<version>_amd64.deb VERSION
set -euo pipefail
deb="$(realpath "$1")"
version="$2"
work="$(mktemp -d)"
gui_pid=""
cleanup() {
    [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }

dpkg-deb -x "$deb" "$work/root"
exe="$work/root/opt/fieldmon/fieldmon"
[ -x "$exe" ] || fail "no /opt/fieldmon/fieldmon in the package"
[ "$(readlink "$work/root/usr/bin/fieldmon")" = /opt/fieldmon/fieldmon ] \
    || fail "/usr/bin/fieldmon does not point to /opt/fieldmon/fieldmon"
for f in usr/share/applications/fieldmon.desktop usr/share/mime/packages/fieldmon.xml \
         usr/share/icons/hicolor/scalable/apps/fieldmon.svg \
         usr/share/icons/hicolor/48x48/apps/fieldmon.png; do
    [ -s "$work/root/$f" ] || fail "$f is missing"
done
grep -q '^MimeType=application/x-fieldmon-package;' "$work/root/usr/share/applications/fieldmon.desktop" \
    || fail "the desktop entry does not open packages"
grep -q 'pattern="\*.fmpkg"' "$work/root/usr/share/mime/packages/fieldmon.xml" \
    || fail "the MIME type does not match *.fmpkg"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/fieldmon.desktop"
fi

cd "$work"
# `env -i` execs the program: a background run's $! is fieldmon's own pid.
run=(env -i PATH=/usr/bin:/bin HOME="$work/home" TMPDIR="$work/tmp" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
     FIELDMON_DATA_DIR="$work/data" FIELDMON_OFFICER="Әсел Қасымова"
     FIELDMON_PACKAGE_PASSWORD="Береке-2027 Өскемен")
mkdir -p home tmp

out="$("${run[@]}" "$exe" --version)"
[ "$out" = "fieldmon $version" ] || fail "--version said '$out'"
"${run[@]}" "$exe" --db officer.db demo --visits 40 --loans 12 --trainings 3
"${run[@]}" "$exe" --db officer.db report --from 2020-01-01 --to 2030-12-31 -o "Есеп.xlsx"
[ -s "Есеп.xlsx" ] || fail "no report written"
unzip -l "Есеп.xlsx" | grep -q "xl/workbook.xml" || fail "the report is not a workbook"
"${run[@]}" "$exe" --db officer.db package export --all -o "Әсел.fmpkg"
"${run[@]}" "$exe" --db coordinator.db package import "Әсел.fmpkg"
counts() { "${run[@]}" "$exe" --db "$1" summary --from 2020-01-01 --to 2030-12-31 --json; }
officer_counts="$(counts officer.db)"
coordinator_counts="$(counts coordinator.db)"
grep -q '"visits.count": 40' <<<"$officer_counts" || fail "the officer's summary: $officer_counts"
[ "$officer_counts" = "$coordinator_counts" ] \
    || fail "the coordinator's summary differs from the officer's after the import"
# Evidence (Pillow inside the bundle): the demo's photos and scans travel byte for byte.
attached() { "${run[@]}" "$exe" --db "$1" attachments --json; }
officer_files="$(attached officer.db)"
grep -q 'image/jpeg' <<<"$officer_files" || fail "the demo attached no photo: $officer_files"
[ "$officer_files" = "$(attached coordinator.db)" ] \
    || fail "the coordinator's attachments differ from the officer's after the import"
"${run[@]}" "$exe" --db officer.db report --from 2020-01-01 --to 2030-12-31 --with-photos \
    -o "Фото.xlsx"
compgen -G "Фото – */*.jpg" >/dev/null || fail "report --with-photos wrote no photo beside Фото.xlsx"

"${run[@]}" "$exe" --db coordinator.db gui >gui.out 2>&1 &
gui_pid=$!
for _ in $(seq 120); do  # the window listens for other starts once its pages are open
    grep -q "listening for other starts" data/logs/fieldmon.log 2>/dev/null && break
    kill -0 "$gui_pid" 2>/dev/null || fail "the window closed: $(cat gui.out)"
    sleep 0.5
done
grep -q "listening for other starts" data/logs/fieldmon.log || fail "the window did not open"
sleep 3
kill -0 "$gui_pid" 2>/dev/null || fail "the window did not stay open"
# A double-click on a package while the window is open: handed over, the second copy exits.
timeout 30 "${run[@]}" "$exe" --db coordinator.db "Әсел.fmpkg" \
    || fail "fieldmon FILE.fmpkg did not hand the package to the open window"
kill -0 "$gui_pid" 2>/dev/null || fail "the window closed when the package was handed over"
grep -q "handed over" data/logs/fieldmon.log || fail "the log does not show the hand-over"
kill "$gui_pid"
wait "$gui_pid" 2>/dev/null || true
gui_pid=""
if grep -q "Traceback" data/logs/fieldmon.log; then
    cat data/logs/fieldmon.log >&2
    fail "a traceback in the log"
fi
echo "smoke test passed: $(du -sh "$work/root/opt/fieldmon" | cut -f1) installed"
