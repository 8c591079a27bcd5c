; fieldmon: per-user Windows installer (NSIS 3, Modern UI 2).
;
; No administrator rights anywhere: it installs into %LOCALAPPDATA%\Programs\fieldmon and
; writes only under HKEY_CURRENT_USER (Start menu shortcut, optional desktop shortcut, the .fmpkg
; association, the Add/Remove Programs entry).
;
; The user's data are NOT the program's: %LOCALAPPDATA%\fieldmon holds the database
; (fieldmon.db and its .key file), backups\ and logs\, and the app's settings live in
; HKCU\Software\fieldmon. Neither the installer nor the uninstaller ever deletes them; an
; upgrade or a reinstall finds them where they were.
;
; Build (see README.md):
;   makensis /DVERSION=0.1.0 packaging\windows\fieldmon.nsi                          (Windows)
;   makensis -DVERSION=0.1.0 packaging/windows/fieldmon.nsi                          (Debian)
; Defines, all optional:
;   VERSION  the version shown in Add/Remove Programs and the file name (default 0.0.0)
;   PAYLOAD  the PyInstaller one-folder bundle (default ..\..\dist\fieldmon)
;   ICON     the application icon (default ..\..\build\icons\fieldmon.ico, made by
;            packaging\make_icons.py); NO_ICON builds with NSIS's own icons instead
;   OUTFILE  the setup program (default ..\..\dist\fieldmon-VERSION-setup.exe)
;   SIGN_CMD a command that signs the file given as its last argument; when given, makensis
;            signs the uninstaller it embeds and the finished installer with it
; Relative paths are relative to this folder (makensis changes into it).
;
; Upgrading: run the new setup over the old one. It finds the old folder (Add/Remove Programs'
; InstallLocation), replaces the program files and keeps everything else. fieldmon must not be
; running meanwhile: the setup notices a running fieldmon.exe (Windows does not let a running
; program's file be opened for writing) and asks to close it, then retry.

Unicode true
ManifestDPIAware true
ManifestSupportedOS all
SetCompressor /SOLID lzma
RequestExecutionLevel user

!define APP "fieldmon"
!define PUBLISHER "fieldmon"
!define PROGID "fieldmon.package"
!define EXTENSION ".fmpkg"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define CLASSES "Software\Classes"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\dist\${APP}"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\${APP}-${VERSION}-setup.exe"
!endif
!ifndef NO_ICON
  !ifndef ICON
    !define ICON "..\..\build\icons\${APP}.ico"
  !endif
  ; The icon is installed next to the program for the shortcuts, the .fmpkg files and
  ; Add/Remove Programs (whatever icon the PyInstaller executable carries).
  !define RUNTIME_ICON "$INSTDIR\${APP}.ico"
!else
  !define RUNTIME_ICON "$INSTDIR\${APP}.exe"
!endif

!ifdef SIGN_CMD
  !uninstfinalize '${SIGN_CMD} "%1"' = 0
  !finalize '${SIGN_CMD} "%1"' = 0
!endif

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
; An upgrade goes where the previous version is (a /D=... on the command line still wins).
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

;--------------------------------
; Interface

!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!ifndef NO_ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_COMPONENTSPAGE_SMALLDESC

; Remember the chosen language for the uninstaller and the next upgrade; the value goes with
; the Add/Remove Programs entry, which the uninstaller deletes.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
; Offer every language whatever the system's code page (the installer is Unicode).
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP}.exe"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UnConfirmDataKept)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(UnFinishDataKept)"
!insertmacro MUI_UNPAGE_FINISH

; The first is the default when Windows' language is none of them.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"
; NSIS 3 has no Kazakh: lang\Kazakh.nlf and lang\Kazakh.nsh are ours.
!insertmacro MUI_LANGUAGEEX "${__FILEDIR__}\lang" "Kazakh"

;--------------------------------
; Our own strings, in the three languages

LangString SecAppName ${LANG_ENGLISH} "fieldmon (required)"
LangString SecAppName ${LANG_RUSSIAN} "fieldmon (обязательно)"
LangString SecAppName ${LANG_KAZAKH} "fieldmon (міндетті)"

LangString SecAppDesc ${LANG_ENGLISH} "The program, a Start menu shortcut and opening .fmpkg data packages with fieldmon."
LangString SecAppDesc ${LANG_RUSSIAN} "Программа, ярлык в меню «Пуск» и открытие пакетов данных .fmpkg в fieldmon."
LangString SecAppDesc ${LANG_KAZAKH} "Бағдарлама, «Бастау» мәзіріндегі жарлық және .fmpkg деректер пакеттерін fieldmon арқылы ашу."

LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktopName ${LANG_RUSSIAN} "Ярлык на рабочем столе"
LangString SecDesktopName ${LANG_KAZAKH} "Жұмыс үстеліндегі жарлық"

LangString SecDesktopDesc ${LANG_ENGLISH} "A fieldmon shortcut on your desktop."
LangString SecDesktopDesc ${LANG_RUSSIAN} "Ярлык fieldmon на вашем рабочем столе."
LangString SecDesktopDesc ${LANG_KAZAKH} "Жұмыс үстеліңіздегі fieldmon жарлығы."

LangString PackageType ${LANG_ENGLISH} "fieldmon data package"
LangString PackageType ${LANG_RUSSIAN} "Пакет данных fieldmon"
LangString PackageType ${LANG_KAZAKH} "fieldmon деректер пакеті"

LangString AppRunning ${LANG_ENGLISH} "fieldmon is running. Close every fieldmon window, then press Retry."
LangString AppRunning ${LANG_RUSSIAN} "fieldmon запущен. Закройте все окна fieldmon и нажмите «Повтор»."
LangString AppRunning ${LANG_KAZAKH} "fieldmon іске қосулы тұр. fieldmon терезелерінің бәрін жауып, «Қайталау» батырмасын басыңыз."

LangString DirIsData ${LANG_ENGLISH} "This folder holds your fieldmon data ($LOCALAPPDATA\${APP}). Choose another folder for the program."
LangString DirIsData ${LANG_RUSSIAN} "В этой папке хранятся ваши данные fieldmon ($LOCALAPPDATA\${APP}). Выберите для программы другую папку."
LangString DirIsData ${LANG_KAZAKH} "Бұл қалтада fieldmon деректеріңіз сақталады ($LOCALAPPDATA\${APP}). Бағдарлама үшін басқа қалтаны таңдаңыз."

LangString DirNotEmpty ${LANG_ENGLISH} "$INSTDIR already holds other files. Choose an empty folder or the folder of an earlier fieldmon."
LangString DirNotEmpty ${LANG_RUSSIAN} "В папке $INSTDIR уже есть другие файлы. Выберите пустую папку или папку прежней версии fieldmon."
LangString DirNotEmpty ${LANG_KAZAKH} "$INSTDIR қалтасында басқа файлдар бар. Бос қалтаны немесе fieldmon-ның бұрынғы нұсқасы тұрған қалтаны таңдаңыз."

LangString UnConfirmDataKept ${LANG_ENGLISH} "fieldmon will be removed from the folder below. Your data in $LOCALAPPDATA\${APP} (database, backups, logs) are kept."
LangString UnConfirmDataKept ${LANG_RUSSIAN} "fieldmon будет удалён из папки ниже. Ваши данные в $LOCALAPPDATA\${APP} (база данных, резервные копии, журналы) сохранятся."
LangString UnConfirmDataKept ${LANG_KAZAKH} "fieldmon төмендегі қалтадан жойылады. $LOCALAPPDATA\${APP} қалтасындағы деректеріңіз (дерекқор, сақтық көшірмелер, журналдар) сақталады."

LangString UnFinishDataKept ${LANG_ENGLISH} "fieldmon has been removed from your computer.$\r$\n$\r$\nYour data were NOT deleted: the database, its key, backups and logs are still in $LOCALAPPDATA\${APP}. Installing fieldmon again finds them there. Delete that folder yourself only if you are sure nobody needs them."
LangString UnFinishDataKept ${LANG_RUSSIAN} "fieldmon удалён с вашего компьютера.$\r$\n$\r$\nВаши данные НЕ удалены: база данных, её ключ, резервные копии и журналы остались в $LOCALAPPDATA\${APP}. После повторной установки fieldmon найдёт их там. Удаляйте эту папку сами, только если уверены, что данные больше никому не нужны."
LangString UnFinishDataKept ${LANG_KAZAKH} "fieldmon компьютеріңізден жойылды.$\r$\n$\r$\nДеректеріңіз ЖОЙЫЛҒАН ЖОҚ: дерекқор, оның кілті, сақтық көшірмелер мен журналдар $LOCALAPPDATA\${APP} қалтасында қалды. fieldmon қайта орнатылса, оларды сол жерден табады. Бұл қалтаны деректер ешкімге қажет емес екеніне сенімді болсаңыз ғана өзіңіз жойыңыз."

LangString DataKeptDetail ${LANG_ENGLISH} "Kept your data: $LOCALAPPDATA\${APP}"
LangString DataKeptDetail ${LANG_RUSSIAN} "Ваши данные сохранены: $LOCALAPPDATA\${APP}"
LangString DataKeptDetail ${LANG_KAZAKH} "Деректеріңіз сақталды: $LOCALAPPDATA\${APP}"

;--------------------------------
; Helpers, for the installer and (un. prefix) the uninstaller

; Aborts the installation or the removal while fieldmon.exe is running: Windows refuses to
; open a running program's file for writing. Asks to close it and retry; a silent run (/S)
; fails instead of waiting.
!macro DEFINE_WAIT_UNTIL_CLOSED UN
Function ${UN}WaitUntilClosed
  Push $0
  retry:
  ${If} ${FileExists} "$INSTDIR\${APP}.exe"
    ClearErrors
    FileOpen $0 "$INSTDIR\${APP}.exe" a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
      DetailPrint "$(AppRunning)"
      Pop $0
      Abort
    ${EndIf}
    FileClose $0
  ${EndIf}
  Pop $0
FunctionEnd
!macroend
!insertmacro DEFINE_WAIT_UNTIL_CLOSED ""
!insertmacro DEFINE_WAIT_UNTIL_CLOSED "un."

; Pushes 1 when the user's data folder ($LOCALAPPDATA\fieldmon) is $INSTDIR, inside it or
; holds it, else 0: such a folder is never the program's.
!macro DEFINE_TOUCHES_DATA UN
Function ${UN}TouchesData
  Push $0
  Push $1
  Push $2
  StrCpy $0 "$LOCALAPPDATA\${APP}\"
  StrCpy $1 "$INSTDIR\"
  ; The shorter of the two, as a prefix of the other.
  StrLen $2 $0
  StrCpy $2 $1 $2
  ${If} $2 == $0
    StrCpy $0 1
  ${Else}
    StrLen $2 $1
    StrCpy $2 $0 $2
    ${If} $2 == $1
      StrCpy $0 1
    ${Else}
      StrCpy $0 0
    ${EndIf}
  ${EndIf}
  Pop $2
  Pop $1
  Exch $0
FunctionEnd
!macroend
!insertmacro DEFINE_TOUCHES_DATA ""
!insertmacro DEFINE_TOUCHES_DATA "un."

; Pushes "" when $INSTDIR may receive fieldmon, else the reason it may not: the data folder,
; or a folder with other files in it (the uninstaller removes the whole program folder, so
; it has to be fieldmon's own: new, empty, or an earlier fieldmon's).
Function CheckInstDir
  Push $0
  Push $1
  Call TouchesData
  Pop $0
  ${If} $0 == 1
    StrCpy $0 "$(DirIsData)"
  ${ElseIf} ${FileExists} "$INSTDIR\${APP}.exe"
    StrCpy $0 ""
  ${Else}
    StrCpy $0 ""
    ClearErrors
    FindFirst $1 $0 "$INSTDIR\*"
    ${DoUntil} ${Errors}
      ${If} $0 != "."
      ${AndIf} $0 != ".."
      ${AndIf} $0 != ""
        StrCpy $0 "$(DirNotEmpty)"
        ${Break}
      ${EndIf}
      StrCpy $0 ""
      FindNext $1 $0
    ${Loop}
    FindClose $1
  ${EndIf}
  Pop $1
  Exch $0
FunctionEnd

Function DirectoryLeave
  Push $0
  Call CheckInstDir
  Pop $0
  ${If} $0 != ""
    MessageBox MB_OK|MB_ICONSTOP "$0"
    Pop $0
    Abort
  ${EndIf}
  Pop $0
FunctionEnd

;--------------------------------
; Installer

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "!$(SecAppName)" SecApp
  SectionIn RO

  ; Checked again here: a silent install (/S /D=...) has no directory page.
  Call CheckInstDir
  Pop $0
  ${If} $0 != ""
    MessageBox MB_OK|MB_ICONSTOP "$0" /SD IDOK
    DetailPrint "$0"
    Abort
  ${EndIf}
  Call WaitUntilClosed

  SetOutPath "$INSTDIR"
  ; An upgrade: the previous version's libraries go, so that none of them lingers beside the
  ; new ones (the folder holds only the program: CheckInstDir made sure of that).
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*"
  !ifndef NO_ICON
    File "/oname=${APP}.ico" "${ICON}"
  !endif
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Per-user Start menu (SetShellVarContext is "current" by default). The desktop shortcut
  ; is the next section's; an upgrade without it removes the old one.
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${APP}.exe" "" "${RUNTIME_ICON}" 0
  Delete "$DESKTOP\${APP}.lnk"

  ; Double-clicking a .fmpkg data package starts fieldmon, which offers to import it.
  WriteRegStr HKCU "${CLASSES}\${EXTENSION}" "" "${PROGID}"
  WriteRegStr HKCU "${CLASSES}\${EXTENSION}\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "${CLASSES}\${PROGID}" "" "$(PackageType)"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\DefaultIcon" "" "${RUNTIME_ICON},0"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\${APP}.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Add/Remove Programs ("Apps" in Settings), for this user only.
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "${RUNTIME_ICON}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SecDesktopName)" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${APP}.exe" "" "${RUNTIME_ICON}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(SecAppDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SecDesktopDesc)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

;--------------------------------
; Uninstaller
;
; It removes the program folder, the shortcuts and the registry keys written above, and
; nothing else. NEVER the user's data folder $LOCALAPPDATA\fieldmon (database, .key file,
; backups, logs) nor the settings in HKCU\Software\fieldmon: field officers uninstall to
; reinstall, and a lost database is a season's work lost.

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  Call un.WaitUntilClosed

  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"

  ; The association, where it is still ours.
  ReadRegStr $0 HKCU "${CLASSES}\${EXTENSION}" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue HKCU "${CLASSES}\${EXTENSION}" ""
  ${EndIf}
  DeleteRegValue HKCU "${CLASSES}\${EXTENSION}\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "${CLASSES}\${EXTENSION}\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "${CLASSES}\${EXTENSION}"
  DeleteRegKey HKCU "${CLASSES}\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  DeleteRegKey HKCU "${UNINST_KEY}"

  ; The program folder. The installer never puts the program in or around the data folder;
  ; should $INSTDIR touch it all the same, only the program's own files go.
  Call un.TouchesData
  Pop $0
  ${If} $0 == 1
    Delete "$INSTDIR\${APP}.exe"
    Delete "$INSTDIR\${APP}.ico"
    Delete "$INSTDIR\uninstall.exe"
    RMDir /r "$INSTDIR\_internal"
  ${Else}
    RMDir /r "$INSTDIR"
  ${EndIf}

  DetailPrint "$(DataKeptDetail)"
SectionEnd
