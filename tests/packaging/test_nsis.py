"""The Windows installer (packaging/windows/fieldmon.nsi) and the workflow that proves it.

These machines cannot run Windows. Here makensis (Debian's nsis) compiles the script against a
stand-in bundle, warning-free, in the three languages; the script's text is read for the
promises only Windows can keep (per user, no administrator, the data folder never deleted); and
the workflow (.github/workflows/windows.yml) is read for the steps that keep them on a Windows
runner: the bundle's smoke test, a silent install, upgrade and uninstall, signing when the
certificate secret exists. CI sets FIELDMON_REQUIRE_NSIS=1, so there a missing makensis fails
the compile tests instead of skipping them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import fieldmon

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
NSI = WINDOWS / "fieldmon.nsi"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
KAZAKH_LETTERS = set("әіңғүұқөһӘІҢҒҮҰҚӨҺ")


def makensis() -> str:
    """$MAKENSIS, else makensis on PATH, else where NSIS's Windows installer puts it."""
    candidates = [os.environ.get("MAKENSIS"), shutil.which("makensis")]
    if os.name == "nt":
        program_files = os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")
        candidates.append(str(Path(program_files) / "NSIS" / "makensis.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    if os.environ.get("FIELDMON_REQUIRE_NSIS") == "1":
        pytest.fail("makensis is not installed (FIELDMON_REQUIRE_NSIS=1): apt-get install nsis")
    pytest.skip("makensis is not installed (apt-get install nsis)")


def compile_nsi(script: Path, *defines: str) -> str:
    """makensis's whole output; warnings are errors (-WX). Options start with '-', which
    makensis takes on Linux and on Windows alike."""
    done = subprocess.run(
        [makensis(), "-WX", "-V4", *(f"-D{define}" for define in defines), str(script)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=300,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-4000:]
    return output


def stand_in_bundle(folder: Path) -> Path:
    """What `make bundle` leaves in dist/fieldmon, in miniature: the program and a subfolder."""
    folder.mkdir(parents=True)
    (folder / "fieldmon.exe").write_bytes(b"MZ stand-in for the PyInstaller executable")
    (folder / "_internal").mkdir()
    (folder / "_internal" / "base_library.zip").write_bytes(b"PK stand-in")
    return folder


def warning_count(output: str) -> int:
    found = re.search(r"^(\d+) warnings?:", output, re.MULTILINE)
    return int(found.group(1)) if found else 0


def assert_an_installer(path: Path) -> None:
    assert path.is_file(), f"makensis wrote no {path}"
    data = path.read_bytes()
    assert data[:2] == b"MZ" and len(data) > 50_000


def nsi_text() -> str:
    """The script with its simple !defines (APP, UNINST_KEY, ...) written out."""
    lines = NSI.read_text(encoding="utf-8-sig").splitlines()
    code = "\n".join("" if line.lstrip().startswith((";", "#")) else line for line in lines)
    defines = dict(re.findall(r'^\s*!define\s+(\w+)\s+"([^"]*)"\s*$', code, re.MULTILINE))
    for _ in range(3):
        code = re.sub(r"\$\{(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), code)
    return code


def block(code: str, start: str, end: str) -> str:
    """The text from the line matching `start` to the next line matching `end`."""
    found = re.search(rf"^\s*{start}.*?^\s*{end}\b", code, re.MULTILINE | re.DOTALL)
    assert found, f"no {start} ... {end} in {NSI.name}"
    return found.group(0)


def uninstaller_code(code: str) -> str:
    """The Uninstall section and every function the uninstaller can call (un.*, and the
    helpers defined for both through a ${UN} prefix)."""
    parts = [block(code, r'Section\s+"Uninstall"', "SectionEnd")]
    parts += re.findall(
        r"^\s*Function\s+(?:un\.|\$\{UN\}).*?^\s*FunctionEnd", code, re.MULTILINE | re.DOTALL
    )
    return "\n".join(parts)


def deletions(code: str) -> list[str]:
    """The targets of every Delete and RMDir."""
    return re.findall(r'^\s*(?:Delete|RMDir)(?:\s+/\w+)*\s+"?([^"\n]+)"?', code, re.MULTILINE)


@pytest.fixture
def ico(tmp_path: Path, qapp: object) -> Path:
    """An icon like the one packaging/make_icons.py writes (Qt saves .ico files)."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(32, 32, QImage.Format.Format_ARGB32)
    image.fill(QColor("#2e7d32"))
    path = tmp_path / "fieldmon.ico"
    assert image.save(str(path), "ICO")
    return path


@pytest.mark.parametrize("icon", ["none", "ico"])
def test_the_installer_compiles_without_a_warning(
    tmp_path: Path, icon: str, request: pytest.FixtureRequest
) -> None:
    """A setup program comes out of the script and a stand-in bundle, in English, Russian and
    Kazakh, with no warning (a missing translation would be one): with NSIS's own icons
    (NO_ICON) and with an .ico like the one packaging/make_icons.py writes."""
    payload = stand_in_bundle(tmp_path / "bundle")
    out = tmp_path / "out" / f"fieldmon-{fieldmon.__version__}-setup.exe"
    out.parent.mkdir()
    defines = [f"VERSION={fieldmon.__version__}", f"PAYLOAD={payload}", f"OUTFILE={out}"]
    if icon == "none":
        defines.append("NO_ICON")
    else:
        defines.append(f"ICON={request.getfixturevalue('ico')}")

    output = compile_nsi(NSI, *defines)

    assert_an_installer(out)
    assert warning_count(output) == 0, output[-3000:]
    assert 'File: "fieldmon.exe"' in output and 'File: "base_library.zip"' in output
    for language_id in ("1033", "1049", "1087"):  # English, Russian, Kazakh
        assert re.search(rf'LangString: "SecAppName" {language_id} ', output)
    assert "3 language tables" in output


def test_the_defaults_take_what_make_bundle_and_make_icons_leave(tmp_path: Path, ico: Path) -> None:
    """Without PAYLOAD, ICON and OUTFILE the script, wherever the checkout is, takes
    dist/fieldmon and build/icons/fieldmon.ico and writes dist/fieldmon-VERSION-setup.exe (its
    Windows-style relative paths resolve under Linux's makensis too)."""
    checkout = tmp_path / "checkout"
    shutil.copytree(WINDOWS, checkout / "packaging" / "windows")
    stand_in_bundle(checkout / "dist" / "fieldmon")
    (checkout / "build" / "icons").mkdir(parents=True)
    shutil.copy(ico, checkout / "build" / "icons" / "fieldmon.ico")

    output = compile_nsi(checkout / "packaging" / "windows" / "fieldmon.nsi", "VERSION=9.8.7")

    assert_an_installer(checkout / "dist" / "fieldmon-9.8.7-setup.exe")
    assert warning_count(output) == 0


def test_the_installer_is_per_user_and_needs_no_administrator() -> None:
    """It asks for no elevation, installs into %LOCALAPPDATA%\\Programs\\fieldmon, and writes
    nothing machine-wide: no HKLM, no Program Files, no all-users shell folders."""
    code = nsi_text()
    assert re.search(r"^RequestExecutionLevel user$", code, re.MULTILINE)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\fieldmon"$', code, re.MULTILINE)
    assert re.search(r"^Unicode true$", code, re.MULTILINE)
    for machine_wide in ("HKLM", "HKEY_LOCAL_MACHINE", "$PROGRAMFILES", "SetShellVarContext all"):
        assert machine_wide.lower() not in code.lower(), machine_wide
    registry_roots = re.findall(
        r"^\s*(?:WriteReg\w+|DeleteReg\w+|ReadReg\w+|InstallDirRegKey)\s+(?:/\w+\s+|\$\w+\s+)?(\w+)",
        code,
        re.MULTILINE,
    )
    assert registry_roots and set(registry_roots) == {"HKCU"}
    assert "!define MUI_LANGDLL_REGISTRY_ROOT HKCU" in code


def test_the_installer_registers_what_it_promises() -> None:
    """The Start menu shortcut, the optional desktop shortcut, .fmpkg opening fieldmon with the
    file, the shell told of the new association, and a full Add/Remove Programs entry."""
    code = nsi_text()
    assert 'CreateShortcut "$SMPROGRAMS\\fieldmon.lnk" "$INSTDIR\\fieldmon.exe"' in code
    desktop = block(code, r'Section\s+"\$\(SecDesktopName\)"', "SectionEnd")
    assert "SectionIn RO" not in desktop and 'CreateShortcut "$DESKTOP\\fieldmon.lnk"' in desktop
    classes = "Software\\Classes"
    assert f'WriteRegStr HKCU "{classes}\\.fmpkg" "" "fieldmon.package"' in code
    assert f'"{classes}\\fieldmon.package\\DefaultIcon"' in code
    assert (
        f'WriteRegStr HKCU "{classes}\\fieldmon.package\\shell\\open\\command" "" '
        '\'"$INSTDIR\\fieldmon.exe" "%1"\''
    ) in code
    assert "System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'" in code
    uninstall_key = "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\fieldmon"
    for value in (
        "DisplayName",
        "DisplayVersion",
        "Publisher",
        "InstallLocation",
        "UninstallString",
        "QuietUninstallString",
        "NoModify",
        "NoRepair",
        "EstimatedSize",
    ):
        assert re.search(rf'WriteReg\w+ HKCU "{re.escape(uninstall_key)}" "{value}"', code), value
    assert re.search(r'\$\{GetSize\} "\$INSTDIR"', code)
    assert 'WriteRegStr HKCU "' + uninstall_key + '" "Publisher" "fieldmon"' in code


def test_the_uninstaller_never_deletes_the_users_data() -> None:
    """%LOCALAPPDATA%\\fieldmon (database, .key file, backups, logs) outlives the program: the
    uninstaller deletes only the program folder, the two shortcuts and its own registry keys,
    checks first that the program folder neither is nor holds the data folder, and leaves the
    app's settings (HKCU\\Software\\fieldmon) alone; its finish page says the data were kept."""
    code = nsi_text()
    uninstaller = uninstaller_code(code)
    targets = deletions(uninstaller)
    assert "$INSTDIR" in targets and "$SMPROGRAMS\\fieldmon.lnk" in targets
    assert "$DESKTOP\\fieldmon.lnk" in targets
    for target in targets:
        assert "localappdata\\fieldmon" not in target.lower(), target
        assert target.startswith(("$INSTDIR", "$SMPROGRAMS\\", "$DESKTOP\\")), target
    # Nor does the installer delete anything outside its own folder and shortcuts.
    for target in deletions(code):
        assert target.startswith(("$INSTDIR", "$SMPROGRAMS\\", "$DESKTOP\\")), target
    uninstall_section = block(code, r'Section\s+"Uninstall"', "SectionEnd")
    assert uninstall_section.index("Call un.TouchesData") < uninstall_section.index(
        'RMDir /r "$INSTDIR"\n'
    )
    for key in re.findall(r'^\s*DeleteReg\w+\s+(?:/\w+\s+)?HKCU\s+"([^"]+)"', code, re.MULTILINE):
        assert key.startswith(
            ("Software\\Classes\\.fmpkg", "Software\\Classes\\fieldmon.package")
        ) or key == ("Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\fieldmon"), key
    assert '!define MUI_FINISHPAGE_TEXT "$(UnFinishDataKept)"' in code
    for line in re.findall(r"^LangString UnFinishDataKept .*$", code, re.MULTILINE):
        assert "$LOCALAPPDATA\\fieldmon" in line


def test_the_installer_refuses_a_folder_that_is_not_its_own() -> None:
    """The uninstaller removes its whole folder, so the installer takes only a new or empty
    folder or an earlier fieldmon's, never the data folder: checked when the folder is chosen
    and again in the section (a silent install has no directory page)."""
    code = nsi_text()
    check = block(code, r"Function CheckInstDir", "FunctionEnd")
    assert "Call TouchesData" in check and "$(DirIsData)" in check and "$(DirNotEmpty)" in check
    assert "!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave" in code
    main = block(code, r'Section\s+"!\$\(SecAppName\)"', "SectionEnd")
    assert main.index("Call CheckInstDir") < main.index("File /r")
    assert main.index("Call WaitUntilClosed") < main.index("File /r")
    assert 'File /r "${PAYLOAD}\\*"' in NSI.read_text(encoding="utf-8-sig")


def test_every_string_we_wrote_is_in_english_russian_and_kazakh() -> None:
    """Each LangString of ours exists once per language; the Kazakh ones are Kazakh (its own
    letters, not the Russian text), and the language dialog offers all three."""
    code = nsi_text()
    strings: dict[str, dict[str, str]] = {}
    for name, language, text in re.findall(
        r'^LangString (\w+) \$\{LANG_(\w+)\} "(.*)"$', code, re.MULTILINE
    ):
        assert language not in strings.setdefault(name, {}), (name, language)
        strings[name][language] = text
    assert len(strings) >= 10
    for name, texts in strings.items():
        assert set(texts) == {"ENGLISH", "RUSSIAN", "KAZAKH"}, name
        assert texts["KAZAKH"] != texts["RUSSIAN"], name
    kazakh = " ".join(texts["KAZAKH"] for texts in strings.values())
    assert KAZAKH_LETTERS & set(kazakh)
    assert '!insertmacro MUI_LANGUAGE "English"' in code
    assert '!insertmacro MUI_LANGUAGE "Russian"' in code
    assert '!insertmacro MUI_LANGUAGEEX "${__FILEDIR__}\\lang" "Kazakh"' in code
    assert "!insertmacro MUI_LANGDLL_DISPLAY" in code
    nlf = (WINDOWS / "lang" / "Kazakh.nlf").read_text(encoding="utf-8-sig")
    assert nlf.splitlines()[3] == "1087"  # LANG_KAZAKH
    assert KAZAKH_LETTERS & set(nlf)


def workflow_steps() -> dict[str, str]:
    """The workflow's steps by name, each with its text (a plain reading, no YAML library)."""
    text = WORKFLOW.read_text(encoding="utf-8")
    steps: dict[str, str] = {}
    for chunk in re.split(r"^      - ", text, flags=re.MULTILINE)[1:]:
        name = re.search(r"^(?:name|uses): (.+)$", chunk, re.MULTILINE)
        assert name, chunk[:200]
        steps[name.group(1).strip()] = chunk
    return steps


def test_the_workflow_proves_the_windows_paths_on_a_windows_runner() -> None:
    """On every push and pull request a Windows runner builds the bundle with Python 3.11,
    smoke-tests it on a throwaway data folder (version, demo, report, a package from one
    database into another, the window offscreen for a few seconds), compiles the installer
    with the real version, installs, upgrades and uninstalls it silently, checks the data
    folder survives, and keeps the installer as an artifact."""
    text = WORKFLOW.read_text(encoding="utf-8")
    for trigger in ("push:", "pull_request:", "workflow_dispatch:"):
        assert re.search(rf"^  {trigger}", text, re.MULTILINE), trigger
    assert "runs-on: windows-latest" in text
    assert 'python-version: "3.11"' in text
    steps = workflow_steps()
    install = steps["Install fieldmon with PyInstaller"]
    assert 'pip install -e ".[bundle' in install
    assert "python packaging/make_icons.py" in steps["Icons"]
    assert (
        "python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller "
        "packaging/fieldmon.spec"
    ) in steps["Bundle (dist\\fieldmon)"]
    smoke = steps["Smoke test the bundle"]
    assert "FIELDMON_DATA_DIR: ${{ runner.temp }}" in smoke
    assert "QT_QPA_PLATFORM: offscreen" in smoke
    for command in (
        "& $exe --version",
        "& $exe --db $a demo",
        "& $exe --db $a report",
        "& $exe --db $a package export",
        "& $exe --db $b package import $package",
        "Start-Process -FilePath $exe",
        "Start-Sleep -Seconds 8",
        "$gui.HasExited",
        "Stop-Process -Id $gui.Id",
    ):
        assert command in smoke, command
    assert "FIELDMON_REQUIRE_NSIS" in steps["Installer script tests (makensis)"]
    assert "choco install nsis -y" in steps["Install NSIS"]
    build = next(body for name, body in steps.items() if name.startswith("Compile the installer"))
    assert '"/DVERSION=$version"' in build and "packaging\\windows\\fieldmon.nsi" in build
    assert 'python -c "import fieldmon; print(fieldmon.__version__)"' in steps["Version"]
    lifecycle = steps["Install, upgrade and uninstall silently"]
    assert '-ArgumentList "/S"' in lifecycle and "uninstall.exe" in lifecycle
    assert 'Join-Path $env:LOCALAPPDATA "Programs\\fieldmon"' in lifecycle
    assert "the uninstaller deleted the user's data" in lifecycle
    assert lifecycle.count("Install-Silently") >= 3  # defined, installed, upgraded
    assert "actions/upload-artifact@v4" in steps["Upload the installer"]


def test_the_workflow_signs_only_with_a_real_certificate() -> None:
    """Signing is prepared, not faked: with the secrets, signtool signs fieldmon.exe, the
    uninstaller and the installer (SHA-256, timestamped) and verifies them; without them the
    run says it is not signed, and no signing step pretends otherwise."""
    steps = workflow_steps()
    certificate = steps["Code signing certificate"]
    assert "${{ secrets.WINDOWS_CERT_PFX_BASE64 }}" in certificate
    assert "${{ secrets.WINDOWS_CERT_PASSWORD }}" in certificate
    assert "::notice::not signed: no WINDOWS_CERT_PFX_BASE64 secret" in certificate
    assert "signtool.exe" in certificate
    assert "/fd SHA256 /tr http://timestamp.digicert.com /td SHA256" in certificate
    assert "FromBase64String" in certificate
    for name in ("Sign fieldmon.exe", "Verify signatures"):
        assert "if: env.SIGN_CMD != ''" in steps[name], name
    assert "dist\\fieldmon\\fieldmon.exe" in steps["Sign fieldmon.exe"]
    build = next(body for name, body in steps.items() if name.startswith("Compile the installer"))
    assert '"/DSIGN_CMD=$env:SIGN_CMD"' in build
    code = NSI.read_text(encoding="utf-8-sig")
    assert "!uninstfinalize '${SIGN_CMD} \"%1\"' = 0" in code
    assert "!finalize '${SIGN_CMD} \"%1\"' = 0" in code
