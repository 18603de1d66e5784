#!/usr/bin/env python3
"""The desktop host in a terminal and idle.

usage: terminal_repl.py terminal MICROPY FLASHDIR
    `micropy` with no arguments on a terminal of its own (a pty whose slave is its controlling terminal, as in tmux):
    each typed line is echoed once, Up-arrow recalls history, Ctrl-C at the prompt is a REPL key (not SIGINT), and
    the terminal's settings come back when the host ends (SIGTERM, SIGHUP, or the terminal hanging up).
usage: terminal_repl.py idle MICROPY FLASHDIR
    `micropy --pty` serving nobody costs (almost) no CPU, while a machine.Timer still fires on time.
"""

import fcntl
import os
import select
import signal
import subprocess
import sys
import termios
import time

TIMEOUT = 30.0


class TestFailure(Exception):
    pass


def check(cond, what):
    if not cond:
        raise TestFailure(what)


def read_until(fd, ending, timeout=TIMEOUT):
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(ending):
        left = deadline - time.monotonic()
        if left <= 0:
            raise TestFailure("timed out waiting for %r; got %r" % (ending, data[-300:]))
        r, _, _ = select.select([fd], [], [], left)
        if r:
            data += os.read(fd, 4096)
    return data


def read_quiet(fd, quiet=0.4):
    data = b""
    while True:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            return data
        data += os.read(fd, 4096)


def start_in_terminal(micropy, flash):
    master, slave = os.openpty()
    attrs = termios.tcgetattr(slave)
    attrs[3] |= termios.ICANON | termios.ECHO | termios.ISIG
    termios.tcsetattr(slave, termios.TCSANOW, attrs)

    def controlling_tty():
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    p = subprocess.Popen([micropy, "--flash", flash], stdin=slave, stdout=slave, stderr=slave,
                         preexec_fn=controlling_tty)
    return p, master, slave, termios.tcgetattr(slave)


def session(p, master, slave):
    read_until(master, b">>> ")
    lflag = termios.tcgetattr(slave)[3]
    check(lflag & (termios.ICANON | termios.ECHO | termios.ISIG) == 0, "terminal in raw mode while serving")
    os.write(master, b"1+2\r")
    got = read_until(master, b">>> ")
    check(got == b"1+2\r\n3\r\n>>> ", "each typed line echoed once: %r" % got)
    os.write(master, b"\x1b[A")
    got = read_quiet(master)
    check(got == b"1+2", "Up-arrow recalls the last line: %r" % got)
    os.write(master, b"\r")
    check(read_until(master, b">>> ") == b"\r\n3\r\n>>> ", "the recalled line runs")
    os.write(master, b"x = 5\x03")
    check(read_until(master, b">>> ") == b"x = 5\r\n>>> ", "Ctrl-C at the prompt clears the line")
    check(p.poll() is None, "Ctrl-C is not a signal in raw mode")


def t_terminal(micropy, flash):
    for how in ("SIGTERM", "SIGHUP", "hang-up"):
        p, master, slave, before = start_in_terminal(micropy, flash)
        try:
            session(p, master, slave)
            if how == "hang-up":
                # Nothing to restore on a terminal that is gone: the host just ends (p.wait times out otherwise).
                os.close(master)
                master = None
                p.wait(timeout=20)
            else:
                p.send_signal(getattr(signal, how))
                p.wait(timeout=20)
                check(termios.tcgetattr(slave) == before, "terminal settings restored after %s" % how)
            print("  ok  terminal (%s)" % how, flush=True)
        finally:
            if p.poll() is None:
                p.kill()
                p.wait()
            if master is not None:
                os.close(master)
            os.close(slave)


def cpu_ticks(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def t_idle(micropy, flash):
    p = subprocess.Popen([micropy, "--pty", "--flash", flash], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        dev = p.stdout.readline().decode().strip()
        fd = os.open(dev, os.O_RDWR | os.O_NOCTTY)
        attrs = termios.tcgetattr(fd)
        os.write(fd, b"\r\x03\x01")
        read_until(fd, b"raw REPL; CTRL-B to exit\r\n>")
        # A periodic timer fires on time while the REPL waits for input.
        # (Its callbacks wait in the scheduler's queue, 16 deep, until code runs again.)
        os.write(fd, b"import machine, time\nn = [0]\ndef cb(t):\n n[0] += 1\n"
                     b"t = machine.Timer(-1)\nt.init(period=100, mode=machine.Timer.PERIODIC, callback=cb)\n"
                     b"t0 = time.ticks_ms()\n\x04")
        check(read_until(fd, b"\x04>").endswith(b"OK\x04\x04>"), "timer set up")
        time.sleep(0.5)
        os.write(fd, b"dt = time.ticks_diff(t0, time.ticks_ms())\nt.deinit()\nprint(n[0], dt)\n\x04")
        out = read_until(fd, b"\x04>")
        fired, dt = [int(v) for v in out[2:out.index(b"\r\n")].split()]
        check(abs(fired - dt // 100) <= 1 or fired >= 15, "a 100 ms timer fired %d times in %d ms" % (fired, dt))
        os.close(fd)
        # Let start-up work (tiered JIT) settle, then measure.
        time.sleep(2.0)
        hz = os.sysconf("SC_CLK_TCK")
        t0, c0 = time.monotonic(), cpu_ticks(p.pid)
        time.sleep(8.0)
        t1, c1 = time.monotonic(), cpu_ticks(p.pid)
        share = (c1 - c0) / hz / (t1 - t0)
        print("  idle host: %.2f%% of a core over %.1f s" % (share * 100, t1 - t0), flush=True)
        check(share < 0.005, "an idle host uses %.1f%% of a core (want ~0)" % (share * 100))
        print("  ok  idle", flush=True)
    finally:
        p.kill()
        p.wait()


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("terminal", "idle"):
        print(__doc__)
        return 2
    try:
        (t_terminal if sys.argv[1] == "terminal" else t_idle)(sys.argv[2], sys.argv[3])
    except TestFailure as e:
        print("FAIL: %s" % e, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
