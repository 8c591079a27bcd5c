"""Entry point of the bundled application (PyInstaller starts this file).

The Windows executable is a console program, so that `fieldmon.exe report ...` typed in a
terminal prints there. Started by a double-click (a shortcut, a .fmpkg file), Windows gives it
a console window of its own, which is hidden at once: no black window behind fieldmon's."""

import sys


def hide_own_console() -> None:
    """On Windows, hide the console window when no other process shares it (the program was
    not started from a terminal)."""
    if sys.platform != "win32":
        return
    import ctypes

    kernel32 = ctypes.windll.kernel32
    processes = (ctypes.c_uint * 2)()
    if kernel32.GetConsoleProcessList(processes, 2) == 1:
        window = kernel32.GetConsoleWindow()
        if window:
            ctypes.windll.user32.ShowWindow(window, 0)  # SW_HIDE


if __name__ == "__main__":
    hide_own_console()
    from fieldmon.cli import main

    sys.exit(main())
