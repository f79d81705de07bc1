"""Child processes die with the bot, even when it is SIGKILLed.

The parse worker runs under multiprocessing's forkserver, so its parent is the forkserver, not the
bot, and PR_SET_PDEATHSIG would watch the wrong process. Worse, multiprocessing hands the worker
copies of the pipes that would tell the forkserver and the resource tracker the bot is gone, so
after a SIGKILL all three waited forever (about 60 MB each, more with every crash loop).

`die_with(pid)` is the worker's initializer: a daemon thread holds a pidfd of the bot and exits the
worker the moment the bot's process ends. With the worker gone, the forkserver sees the end of its
"alive" pipe and exits, and then the resource tracker sees the end of its pipe and exits too.
"""

from __future__ import annotations

import os
import select
import signal
import threading
import time

POLL_S = 1.0  # where pidfd_open is missing (Linux before 5.3, other systems): check this often


def die_with(pid: int) -> None:
    """Exit this process as soon as process `pid` (the bot) has ended."""
    # Ctrl-C in a terminal reaches the whole process group: the worker would print a KeyboardInterrupt
    # traceback while the bot shuts down cleanly. The bot ends the worker itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        pidfd = os.pidfd_open(pid)
    except ProcessLookupError:  # already gone
        os._exit(0)
    except (AttributeError, OSError):
        threading.Thread(target=_poll, args=(pid,), name="lifeline", daemon=True).start()
        return
    threading.Thread(target=_wait, args=(pidfd,), name="lifeline", daemon=True).start()


def _wait(pidfd: int) -> None:
    select.select([pidfd], [], [])  # readable once the process has ended
    os._exit(0)


def _poll(pid: int) -> None:
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            os._exit(0)
        except PermissionError:
            pass  # alive, under another user
        time.sleep(POLL_S)
