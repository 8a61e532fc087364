"""Whether another process is still running, on every system Tsuji runs on (a lock or a temporary
file names its writer's process id)."""

from __future__ import annotations

import os
import sys

_STILL_ACTIVE = 259
_ACCESS_DENIED = 5
_QUERY_LIMITED_INFORMATION = 0x1000


def alive(pid: int) -> bool:
    """True while process ``pid`` runs. When the system will not say (another user's process), it
    counts as running: a lock or temporary file is never taken from a writer that may be alive."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks (on Windows it would send CTRL_C_EVENT)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def _alive_windows(pid: int) -> bool:  # pragma: no cover - run on Windows only
    if sys.platform != "win32":
        raise OSError("not Windows")
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return bool(ctypes.get_last_error() == _ACCESS_DENIED)
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return bool(code.value == _STILL_ACTIVE)
    finally:
        kernel32.CloseHandle(handle)


def host_name() -> str:
    """This machine's name, written beside a process id (a lock taken on another machine that
    shares the folder is never judged by a process id of this one)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "")
