#!/usr/bin/env python3
"""The real mpremote (a local copy, never part of the repo) against `micropy --pty` serving a board whose main.py
loops forever: connect + exec, resume + exec, df, mount + import. The protocol-level steps of pty_repl.py cover
the same bytes when no mpremote is at hand.

usage: mpremote_real.py MPREMOTE_DIR MICROPY WORKDIR   (MPREMOTE_DIR holds the mpremote package)
"""

import os
import subprocess
import sys
import time

import serial


class TestFailure(Exception):
    pass


def check(cond, what):
    if not cond:
        raise TestFailure(what)


def mpremote(mp_dir, dev, *args, cwd=None):
    env = dict(os.environ, PYTHONPATH=mp_dir)
    p = subprocess.run([sys.executable, "-m", "mpremote", "connect", dev] + list(args), env=env, cwd=cwd,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    return p.returncode, p.stdout.decode("utf-8", "replace").replace("\r\n", "\n")


def friendly_reset(dev):
    """As a person at a terminal: Ctrl-B, then Ctrl-D (main.py runs again and loops)."""
    s = serial.Serial(dev, 115200, timeout=0.5)
    s.write(b"\r\x03\x03\x02")
    time.sleep(0.3)
    s.read(100000)
    s.write(b"\x04")
    got = b""
    deadline = time.monotonic() + 20
    while b"main loops" not in got and time.monotonic() < deadline:
        got += s.read(1000)
    s.close()
    check(b"main loops" in got, "main.py runs after a friendly soft reset: %r" % got[-200:])


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    mp_dir, micropy, work = sys.argv[1:]
    flash = os.path.join(work, "flash")
    local = os.path.join(work, "local")
    os.makedirs(flash)
    os.makedirs(local)
    with open(os.path.join(flash, "main.py"), "w") as f:
        f.write("import time\nprint('main loops')\nwhile True:\n    time.sleep_ms(10)\n")
    with open(os.path.join(local, "here.py"), "w") as f:
        f.write("x = 'from the host'\n")
    host = subprocess.Popen([micropy, "--pty", "--flash", flash], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        dev = host.stdout.readline().decode().strip()
        time.sleep(1.0)
        rc, out = mpremote(mp_dir, dev, "exec", "print(1)")
        check(rc == 0 and out == "1\n", "connect + exec on a looping main.py: %d %r" % (rc, out))
        print("  ok  mpremote exec", flush=True)
        friendly_reset(dev)
        rc, out = mpremote(mp_dir, dev, "resume", "exec", "print('resumed')")
        check(rc == 0 and out == "resumed\n", "resume + exec on a looping main.py: %d %r" % (rc, out))
        print("  ok  mpremote resume exec", flush=True)
        rc, out = mpremote(mp_dir, dev, "df")
        check(rc == 0 and out.startswith("filesystem") and out.rstrip().endswith("/flash"), "df: %d %r" % (rc, out))
        print("  ok  mpremote df", flush=True)
        rc, out = mpremote(mp_dir, dev, "mount", ".", "exec", "import here, os; print(here.x, os.getcwd())", cwd=local)
        check(rc == 0 and out.endswith("from the host /remote\n"), "mount + import: %d %r" % (rc, out))
        print("  ok  mpremote mount", flush=True)
    except TestFailure as e:
        print("FAIL: %s" % e, flush=True)
        return 1
    finally:
        host.kill()
        host.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
