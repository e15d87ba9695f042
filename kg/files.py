"""Writing files whole: every file the tool writes goes through `write_atomically`."""
from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

_MAX_PREFIX_BYTES = 255 - len(".") - len(".") - 8 - len(".tmp")  # the name's bytes in a temporary name


def write_atomically(path: Path, data: bytes | str) -> None:
    """Replace `path` by `data` (text as UTF-8) whole.

    The data goes to a new temporary file beside `path`, renamed over it when complete,
    so a failure or an interrupt leaves the old file (or none) and no temporary file.
    The file gets the mode of the file it replaces, or that of any new file (0666 less
    the umask; mkstemp's own is 0600, private). The folder must exist: a typo in it is an
    error, not a new folder. Failures raise OSError naming `path` or its folder as the
    user gave them, never the temporary file.
    """
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
    if not folder.is_dir():
        reason = "not a folder" if folder.exists() else "no such folder"
        raise NotADirectoryError(errno.ENOTDIR, reason, str(folder))
    data = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else _new_file_mode()
        handle, partial = tempfile.mkstemp(dir=folder, prefix=_temporary_prefix(path.name), suffix=".tmp")
    except OSError as error:
        raise OSError(error.errno, f"cannot write there: {error.strerror}", str(path)) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(partial, mode)
        os.replace(partial, path)
    except BaseException as error:
        Path(partial).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OSError(error.errno, f"cannot write there: {error.strerror}", str(path)) from None
        raise


def _temporary_prefix(name: str) -> str:
    """`.<name>.`, the name cut so that the temporary file's name (the prefix, eight random
    characters and ".tmp") fits the file system's limit of 255 bytes as `name` does."""
    return f".{os.fsdecode(os.fsencode(name)[:_MAX_PREFIX_BYTES])}."


def _new_file_mode() -> int:
    umask = os.umask(0)  # the only way to read it is to set it: put it back at once
    os.umask(umask)
    return 0o666 & ~umask
