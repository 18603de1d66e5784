#!/usr/bin/env python3
"""End-to-end test of the board REPL served on a serial line (`micropy --pty` / `micropy --port DEV`).

Drives the host over pyserial the way the real tools do: pyboard.py's raw REPL (commands written in 256-byte
chunks, then Ctrl-D, "OK", output, \\x04, error, \\x04), mpremote's raw-paste mode (\\x05A\\x01 and window flow
control) and its file transfer idiom (f=open(...,'wb'); w=f.write; w(b'...')), soft resets, an interrupted
main.py, garbage input, a peer that vanishes mid-upload and a 1 MB paste. Files written through the REPL are
compared byte for byte with the flash directory on disk.

usage: pty_repl.py pty  DEVICE FLASHDIR     (the host already serves DEVICE, e.g. /dev/pts/3)
       pty_repl.py port MICROPY FLASHDIR    (starts `MICROPY --port <slave>` on a pty pair it makes itself)
"""

import os
import random
import select
import struct
import subprocess
import sys
import time

import serial

TIMEOUT = 30.0
RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n"


class TestFailure(Exception):
    pass


class FdPort:
    """The subset of serial.Serial the client uses, over a raw file descriptor (a pty master)."""

    def __init__(self, fd):
        self.fd = fd

    def write(self, data):
        view = memoryview(data)
        while view:
            select.select([], [self.fd], [], TIMEOUT)
            n = os.write(self.fd, view)
            view = view[n:]
        return len(data)

    def read(self, n):
        r, _, _ = select.select([self.fd], [], [], 1.0)
        if not r:
            return b""
        return os.read(self.fd, n)

    @property
    def in_waiting(self):
        r, _, _ = select.select([self.fd], [], [], 0)
        return 4096 if r else 0

    def close(self):
        pass


class Board:
    """A pyboard.py / mpremote style client."""

    def __init__(self, port):
        self.port = port
        self.pending = b""

    @classmethod
    def open(cls, path):
        return cls(serial.Serial(path, 115200, timeout=1.0))

    def close(self):
        self.port.close()

    def write(self, data):
        self.port.write(data)

    def read_some(self):
        if self.pending:
            d, self.pending = self.pending, b""
            return d
        return self.port.read(max(1, min(self.port.in_waiting, 65536)))

    def read_exact(self, n, timeout=TIMEOUT):
        data = b""
        deadline = time.monotonic() + timeout
        while len(data) < n:
            if time.monotonic() > deadline:
                raise TestFailure("timed out reading %d bytes, got %r" % (n, data[-200:]))
            data += self.read_some()
        self.pending = data[n:] + self.pending
        return data[:n]

    def read_until(self, ending, timeout=TIMEOUT):
        data = b""
        deadline = time.monotonic() + timeout
        while True:
            i = data.find(ending)
            if i >= 0:
                self.pending = data[i + len(ending):] + self.pending
                return data[: i + len(ending)]
            if time.monotonic() > deadline:
                raise TestFailure("timed out waiting for %r; got %r" % (ending, data[-300:]))
            data += self.read_some()

    def flush_input(self):
        self.pending = b""
        time.sleep(0.05)
        while self.port.in_waiting:
            self.port.read(self.port.in_waiting)
            time.sleep(0.02)

    def enter_raw_repl(self, soft_reset=True):
        """pyboard.py's enter_raw_repl."""
        self.write(b"\r\x03\x03")
        self.flush_input()
        self.write(b"\r\x01")
        if soft_reset:
            self.read_until(RAW_BANNER + b">")
            self.write(b"\x04")
            self.read_until(b"soft reboot\r\n")
        self.read_until(RAW_BANNER)

    def exit_raw_repl(self):
        self.write(b"\r\x02")

    def exec_raw_no_follow(self, code, raw_paste):
        """Sends one command; returns after the device accepted it (pyboard.py's exec_raw_no_follow)."""
        if isinstance(code, str):
            code = code.encode("utf-8")
        self.read_until(b">")
        if raw_paste:
            self.write(b"\x05A\x01")
            head = self.read_exact(2)
            if head != b"R\x01":
                raise TestFailure("raw-paste refused: %r" % head)
            self.raw_paste_write(code)
            return
        for i in range(0, len(code), 256):
            self.write(code[i:i + 256])
            time.sleep(0.01)
        self.write(b"\x04")
        ok = self.read_exact(2)
        if ok != b"OK":
            raise TestFailure("could not exec command (response: %r)" % ok)

    def raw_paste_write(self, data, stop_after=None):
        """mpremote's raw_paste_write; with stop_after, returns once that many bytes are out (no end marker)."""
        window = struct.unpack("<H", self.read_exact(2))[0]
        if window == 0:
            raise TestFailure("raw-paste window of 0")
        remain = window
        i = 0
        while i < len(data):
            if stop_after is not None and i >= stop_after:
                return
            while remain == 0 or self.port.in_waiting or self.pending:
                b = self.read_exact(1)
                if b == b"\x01":
                    remain += window
                elif b == b"\x04":
                    self.write(b"\x04")
                    raise TestFailure("device ended the raw paste early")
                else:
                    raise TestFailure("unexpected read during raw paste: %r" % b)
            chunk = data[i:i + remain]
            self.write(chunk)
            remain -= len(chunk)
            i += len(chunk)
        self.write(b"\x04")
        self.read_until(b"\x04")

    def follow(self, timeout=TIMEOUT):
        out = self.read_until(b"\x04", timeout)[:-1]
        err = self.read_until(b"\x04", timeout)[:-1]
        return out, err

    def exec_(self, code, raw_paste=False, timeout=TIMEOUT):
        self.exec_raw_no_follow(code, raw_paste)
        out, err = self.follow(timeout)
        if err:
            raise TestFailure("device error for %r:\n%s" % (code[:200], err.decode("utf-8", "replace")))
        return out

    def eval_(self, expr, raw_paste=False):
        return self.exec_("print(repr(%s))" % expr, raw_paste).decode("utf-8").strip()

    def put_file(self, name, data, raw_paste, chunk=256):
        """mpremote's fs put: open on the device, write repr'd chunks, close."""
        self.exec_("f=open(%r,'wb')\nw=f.write" % name, raw_paste)
        for i in range(0, len(data), chunk):
            self.exec_("w(%r)" % data[i:i + chunk], raw_paste)
        self.exec_("f.close()", raw_paste)

    def get_file(self, name, raw_paste):
        """Reads a device file back as hex (mpremote-style chunked reads)."""
        out = self.exec_(
            "import ubinascii\nf=open(%r,'rb')\nr=f.read\nwhile 1:\n b=r(256)\n if not b: break\n"
            " print(ubinascii.hexlify(b).decode())\nf.close()" % name, raw_paste)
        return bytes.fromhex(out.decode("ascii").replace("\r\n", ""))


# ---- checks ----

def check(cond, what):
    if not cond:
        raise TestFailure(what)


def on_disk(flash, name):
    with open(os.path.join(flash, name), "rb") as f:
        return f.read()


def t_raw_repl_basics(b, flash):
    b.enter_raw_repl()
    check(b.exec_("print('hello', 6*7)") == b"hello 42\r\n", "print through the raw REPL")
    b.exec_raw_no_follow("1/0", False)
    out, err = b.follow()
    check(out == b"" and b"ZeroDivisionError" in err and b"Traceback" in err, "traceback after \\x04: %r" % err)
    b.exec_raw_no_follow("print('a')\nraise ValueError('bad')", True)
    out, err = b.follow()
    check(out == b"a\r\n" and err.endswith(b"ValueError: bad\r\n"), "raw-paste error: %r %r" % (out, err))
    check(b.exec_("x = 5\nprint(x * 2)", raw_paste=True) == b"10\r\n", "raw-paste exec")


def t_files(b, flash):
    data = bytes(range(256)) * 12 + b"\r\n\x03\x04\x01 tail"
    b.put_file("blob.bin", data, raw_paste=False)
    check(on_disk(flash, "blob.bin") == data, "blob.bin on disk differs (plain raw REPL upload)")
    text = ("h\u00e9llo w\u00f6rld \u20ac\n" * 200).encode("utf-8")
    b.put_file("text.txt", text, raw_paste=True, chunk=1000)
    check(on_disk(flash, "text.txt") == text, "text.txt on disk differs (raw-paste upload)")
    check(b.get_file("blob.bin", raw_paste=True) == data, "blob.bin read back through the REPL differs")
    check(b.get_file("text.txt", raw_paste=False) == text, "text.txt read back through the REPL differs")
    listing = b.exec_("import os\nfor e in sorted(os.ilistdir()):\n print(e[0], e[1], e[3])", raw_paste=True)
    check(b"blob.bin 32768 %d\r\n" % len(data) in listing, "os.ilistdir lists blob.bin: %r" % listing)
    check(b"text.txt 32768 %d\r\n" % len(text) in listing, "os.ilistdir lists text.txt: %r" % listing)
    got = b.eval_("open('text.txt').read()[:11]")
    check(got == repr("h\u00e9llo w\u00f6rld"), "text read as str: %r" % got)


def t_soft_reset(b, flash):
    b.exec_("marker = 123")
    check(b.eval_("'marker' in globals()") == "True", "global before reset")
    b.read_until(b">")
    b.write(b"\x04")
    b.read_until(b"OK\r\nMPY: soft reboot\r\n")
    b.read_until(RAW_BANNER)
    check(b.eval_("'marker' in globals()") == "False", "soft reset clears the globals")


def t_interrupt(b, flash):
    # Ctrl-C is the interrupt character only while code runs (as on a board): send it once the code is running.
    b.exec_raw_no_follow("n = 0\nprint('started')\nwhile True:\n n += 1", True)
    b.read_until(b"started\r\n")
    time.sleep(0.2)
    b.write(b"\x03")
    out, err = b.follow()
    check(b"KeyboardInterrupt" in err, "Ctrl-C interrupts running code: %r" % err)
    check(b.eval_("n > 0") == "True", "the loop ran before the interrupt")
    # Code waiting for input: it reads what the peer types, and Ctrl-C interrupts the wait.
    b.exec_raw_no_follow("import sys\nprint('got', repr(sys.stdin.read(3)))", False)
    b.write(b"abc")
    out, err = b.follow()
    check(out == b"got 'abc'\r\n" and err == b"", "stdin read by running code: %r %r" % (out, err))
    b.exec_raw_no_follow("print('waiting')\ninput()", False)
    b.read_until(b"waiting\r\n")
    time.sleep(0.2)
    b.write(b"\x03")
    out, err = b.follow()
    check(b"KeyboardInterrupt" in err, "Ctrl-C interrupts code waiting for input: %r" % err)


def t_main_py_interrupted(b, flash):
    # A board whose main.py loops forever after a (friendly) soft reset: Ctrl-C must get the REPL back.
    b.put_file("main.py", b"print('main running')\nwhile True:\n    pass\n", raw_paste=True)
    b.exit_raw_repl()
    b.read_until(b">>> ")
    b.flush_input()
    b.write(b"\x04")
    b.read_until(b"soft reboot\r\n")
    b.read_until(b"main running\r\n")
    time.sleep(0.3)
    b.write(b"\r\x03\x03")
    b.read_until(b"KeyboardInterrupt")
    b.read_until(b">>> ")
    b.enter_raw_repl(soft_reset=False)
    b.exec_("import os\nos.remove('main.py')")
    check(not os.path.exists(os.path.join(flash, "main.py")), "main.py removed")
    b.enter_raw_repl()


def t_friendly(b, flash):
    b.exit_raw_repl()
    b.read_until(b">>> ")
    b.flush_input()
    b.write(b"21 * 2\r")
    b.read_until(b"42\r\n>>> ")
    b.write(b"for i in range(3):\r")
    b.read_until(b"...     ")
    b.write(b"print(i)\r\r")
    b.read_until(b"0\r\n1\r\n2\r\n>>> ")


def read_quiet(b, quiet=0.5, timeout=TIMEOUT):
    """Everything the host sends until it has been silent for `quiet` seconds."""
    data = b""
    deadline = time.monotonic() + timeout
    last = time.monotonic()
    while time.monotonic() < deadline:
        d = b.read_some()
        if d:
            data += d
            last = time.monotonic()
        elif time.monotonic() - last > quiet:
            return data
    raise TestFailure("host never went quiet; got %r" % data[-300:])


def t_no_lockout(b, flash):
    # A deployed board: main.py loops forever. A soft reset from the raw REPL (every client's first step) runs
    # boot.py only and answers with the raw prompt, as MicroPython does; from the friendly REPL it runs main.py.
    b.put_file("boot.py", b"booted = 1\nprint('boot ran')\n", raw_paste=True)
    b.put_file("main.py", b"import time\nprint('main running')\nwhile True:\n    time.sleep_ms(5)\n", raw_paste=True)
    b.read_until(b">")
    b.write(b"\x04")
    got = b.read_until(b"OK\r\nMPY: soft reboot\r\n")
    got = b.read_until(RAW_BANNER + b">", timeout=5)
    check(got == b"boot ran\r\n" + RAW_BANNER + b">", "raw soft reset: boot.py, then the raw prompt: %r" % got)
    b.pending = b">" + b.pending
    check(b.exec_("print(booted, 'main running' in globals())", raw_paste=True) == b"1 False\r\n",
          "after a raw soft reset boot.py ran and main.py did not")
    # From the friendly REPL, Ctrl-D runs main.py (which loops); a client's Ctrl-C gets the REPL back.
    b.exit_raw_repl()
    b.read_until(b">>> ")
    b.flush_input()
    b.write(b"\x04")
    b.read_until(b"MPY: soft reboot\r\nboot ran\r\nmain running\r\n")
    time.sleep(0.2)
    # mpremote's handshake sent in one go: exactly one raw banner must answer it, else its raw-paste request
    # reads the second banner's "\r\n" as the reply.
    b.write(b"\r\x03\x03\r\x01")
    after = read_quiet(b)
    tail = after[after.find(b"KeyboardInterrupt"):]
    check(b"KeyboardInterrupt" in after and tail.count(b"raw REPL") == 1 and tail.endswith(RAW_BANNER + b">"),
          "one raw banner after interrupting main.py: %r" % after[-200:])
    b.pending = b">"
    check(b.exec_("print(1)", raw_paste=True) == b"1\r\n", "raw-paste exec after the interrupted main.py")
    # The same when the session resumes in raw mode and boot.py is what loops.
    b.exec_("f=open('boot.py','w')\nf.write('import time\\nprint(\"boot loops\")\\nwhile 1:\\n time.sleep_ms(5)\\n')\n"
            "f.close()")
    b.read_until(b">")
    b.write(b"\x04")
    b.read_until(b"MPY: soft reboot\r\nboot loops\r\n")
    time.sleep(0.2)
    b.write(b"\r\x03\x03\r\x01")
    after = read_quiet(b)
    tail = after[after.find(b"KeyboardInterrupt"):]
    check(b"KeyboardInterrupt" in after and tail.count(b"raw REPL") == 1 and tail.endswith(RAW_BANNER + b">"),
          "one raw banner after interrupting boot.py in raw mode: %r" % after[-200:])
    b.pending = b">"
    check(b.exec_("import os\nos.remove('boot.py')\nos.remove('main.py')\nprint(2)", raw_paste=True) == b"2\r\n",
          "raw-paste exec after the interrupted boot.py")
    b.enter_raw_repl()


def t_friendly_text(b, flash):
    b.exit_raw_repl()
    b.read_until(b">>> ")
    b.flush_input()
    # A one-line compound statement asks for a continuation line (py/repl.c), so it does not run at once.
    b.write(b"if 1: print('x' * 3)\r")
    check(read_quiet(b, 0.3) == b"if 1: print('x' * 3)\r\n... ", "continuation after a one-line if")
    b.write(b"\r")
    b.read_until(b"\r\nxxx\r\n>>> ")
    b.write(b"while True: pass\r")
    check(read_quiet(b, 0.3) == b"while True: pass\r\n... ", "a one-line while waits for the empty line")
    b.write(b"\x03")
    b.read_until(b">>> ")
    # Non-ASCII typed in the friendly REPL: echoed as the same UTF-8, edited as whole characters.
    b.write("s = 'caf\u00e9\u20ac'".encode())
    check(read_quiet(b, 0.3) == "s = 'caf\u00e9\u20ac'".encode(), "UTF-8 echo")
    b.write(b"\x1b[D\x1b[D\x7f")  # left twice (over ' and the euro sign), backspace deletes the e-acute
    check(read_quiet(b, 0.3) == "\b\b\b\u20ac' \b\b\b".encode(), "backspace over a 2-byte character")
    b.write(b"\r")
    b.read_until(b">>> ")
    b.write(b"print(len(s), s)\r")
    b.read_until("4 caf\u20ac\r\n>>> ".encode())
    b.write(b"\x1b[A\x1b[A")  # history: the UTF-8 line comes back whole
    b.flush_input()
    b.write(b"\r")
    b.read_until(b">>> ")
    b.write(b"print(len(s))\r")
    b.read_until(b"\r\n4\r\n>>> ")
    # Paste mode keeps UTF-8 source intact.
    b.write(b"\x05")
    b.read_until(b"=== ")
    b.write('print(len("\u00e9\u20ac"), "\u00e9\u20ac")\r'.encode())
    b.read_until(b"=== ")
    b.write(b"\x04")
    b.read_until("2 \u00e9\u20ac\r\n>>> ".encode())


# A Python VFS object driven over the REPL line, in the manner of mpremote's `mount` (own code and own little
# protocol: \x18, command, length, argument; the client answers length and data): io.IOBase, sys.stdin.buffer and
# sys.stdout.buffer, select.poll on stdin, micropython.kbd_intr(-1) so file bytes 0x03 are data, os.mount/umount.
HOSTFS = """
import io, os, sys, select, micropython, struct
class Link:
    def __init__(self):
        self.i = sys.stdin.buffer
        self.o = sys.stdout.buffer
        self.p = select.poll()
        self.p.register(self.i, select.POLLIN)
    def rd(self, buf):
        mv = memoryview(buf)
        r = 0
        while r < len(buf):
            if not self.p.poll(5000):
                raise OSError(110)
            r += self.i.readinto(mv[r:], len(buf) - r)
    def req(self, cmd, arg):
        micropython.kbd_intr(-1)
        try:
            b = bytes(arg, 'utf8') if isinstance(arg, str) else arg
            h = bytearray(6)
            h[0] = 0x18
            h[1] = cmd
            struct.pack_into('<i', h, 2, len(b))
            self.o.write(h, 6)
            self.o.write(b)
            h = bytearray(4)
            self.rd(h)
            n = struct.unpack('<i', h)[0]
            d = bytearray(max(n, 0))
            self.rd(d)
        finally:
            micropython.kbd_intr(3)
        if n < 0:
            raise OSError(-n)
        return bytes(d)
class HostFile(io.IOBase):
    def __init__(self, link, path, data):
        self.link = link
        self.path = path
        self.data = data
        self.pos = 0
    def read(self, n=-1):
        end = len(self.data) if n < 0 else min(len(self.data), self.pos + n)
        d = self.data[self.pos:end]
        self.pos = end
        return d
    def write(self, b):
        self.data += bytes(b)
        return len(b)
    def close(self):
        if self.path:
            self.link.req(4, self.path + '\\0' + str(self.data, 'latin-1'))
            self.path = None
class HostFS:
    def __init__(self):
        self.link = Link()
    def mount(self, readonly, mkfs):
        self.mounted = 1
    def umount(self):
        self.mounted = 0
    def chdir(self, path):
        self.cwd = path
    def stat(self, path):
        k = self.link.req(1, path).split()
        return (0x4000 if k[0] == b'D' else 0x8000, 0, 0, 0, 0, 0, int(k[1]), 0, 0, 0)
    def ilistdir(self, path):
        for n in self.link.req(2, path).split():
            yield (str(n, 'utf8'), 0x8000, 0)
    def open(self, path, mode):
        if 'w' in mode:
            return HostFile(self.link, path, b'')
        return HostFile(self.link, None, self.link.req(3, path))
"""


def serve_hostfs(b, files, timeout=TIMEOUT):
    """Follows one raw-REPL command while answering the VFS requests from `files`; returns (out, err)."""
    out = b""
    deadline = time.monotonic() + timeout
    while True:
        if time.monotonic() > deadline:
            raise TestFailure("timed out serving the VFS; output %r" % out[-300:])
        c = b.read_exact(1)
        if c == b"\x04":
            break
        if c != b"\x18":
            out += c
            continue
        cmd = b.read_exact(1)[0]
        n = struct.unpack("<i", b.read_exact(4))[0]
        arg = b.read_exact(n) if n else b""
        if cmd == 1:
            path = arg.decode()
            if path.rstrip("/") == "" or path.strip("/") in ("sub",):
                reply = b"D 0"
            elif path.strip("/") in files:
                reply = b"F %d" % len(files[path.strip("/")])
            else:
                reply = None
        elif cmd == 2:
            reply = b" ".join(sorted(k.encode() for k in files if "/" not in k))
        elif cmd == 3:
            reply = files.get(arg.decode().strip("/"))
        else:
            path, data = arg.split(b"\0", 1)
            files[path.decode().strip("/")] = data.decode("utf-8").encode("latin-1")
            reply = b""
        if reply is None:
            b.write(struct.pack("<i", -2))
        else:
            b.write(struct.pack("<i", len(reply)) + reply)
    err = b.read_until(b"\x04", timeout)[:-1]
    return out, err


def t_mount(b, flash):
    files = {"hello.py": b"print('hello from the host', __name__)\nanswer = 6 * 7\n",
             "data.bin": bytes(range(256)) * 3}
    b.exec_(HOSTFS, raw_paste=True)
    b.exec_raw_no_follow("os.mount(HostFS(), '/host')\nos.chdir('/host')\nprint(os.getcwd())", True)
    out, err = serve_hostfs(b, files)
    check(out == b"/host\r\n" and err == b"", "mount and chdir ask the client nothing: %r %r" % (out, err))
    b.exec_raw_no_follow(
        "import hello\nprint(hello.answer, os.listdir(), os.listdir('/'))\n"
        "d = open('data.bin', 'rb').read()\nprint(len(d), d == bytes(range(256)) * 3)\n"
        "print(os.stat('data.bin')[6], os.stat('/host')[0])\n"
        "f = open('made.txt', 'w')\nf.write('caf\\u00e9 \\x03\\x04 ok\\n')\nf.close()\n"
        "print(open('/flash/x', 'w').write('base'), os.listdir('/flash').count('x'))", True)
    out, err = serve_hostfs(b, files)
    check(err == b"", "VFS session error: %r" % err)
    check(out == b"hello from the host hello\r\n42 ['data.bin', 'hello.py'] ['flash', 'host']\r\n768 True\r\n"
          b"768 16384\r\n4 1\r\n", "import, listdir, read, stat through the VFS: %r" % out)
    check(files.get("made.txt") == "caf\u00e9 \x03\x04 ok\n".encode(), "file written through the VFS: %r"
          % files.get("made.txt"))
    # statvfs: the flash has a size (mpremote's df); a VFS object without statvfs reports zeros.
    got = b.exec_("import os\ns = os.statvfs('/flash')\nprint(s[0] > 0 and s[2] > 0 and s[3] <= s[2], len(s))")
    check(got == b"True 10\r\n", "os.statvfs('/flash'): %r" % got)
    # Binary stdout: bytes as they are (no \r before \n), and only the first n of them.
    got = b.exec_("import sys\nsys.stdout.buffer.write(b'a\\nbXYZ', 3)\nprint()")
    check(got == b"a\nb\r\n", "sys.stdout.buffer.write(buf, n): %r" % got)
    # kbd_intr(-1): Ctrl-C is data for code reading stdin; back to 3, it interrupts again.
    b.exec_raw_no_follow("import micropython, sys\nmicropython.kbd_intr(-1)\nprint(sys.stdin.buffer.read(3))\n"
                         "micropython.kbd_intr(3)", False)
    time.sleep(0.2)
    b.write(b"\x03x\x03")
    out, err = b.follow()
    check(out == b"b'\\x03x\\x03'\r\n" and err == b"", "kbd_intr(-1) passes Ctrl-C as data: %r %r" % (out, err))
    b.exec_("os.umount('/host')\nprint(os.getcwd())")
    check(b.exec_("import os\nprint(os.listdir('/'), os.getcwd())") == b"['flash'] /flash\r\n", "umount")
    # A soft reset drops mounts too.
    b.exec_raw_no_follow("os.mount(HostFS(), '/host')", False)
    serve_hostfs(b, files)
    b.read_until(b">")
    b.write(b"\x04")
    b.read_until(b"soft reboot\r\n")
    b.read_until(RAW_BANNER)
    check(b.exec_("import os\nprint(os.listdir('/'))") == b"['flash']\r\n", "no mount after a soft reset")
    b.exec_("import os\nos.remove('/flash/x')")


def t_garbage(b, flash):
    rnd = random.Random(1234)
    for mode in ("friendly", "raw"):
        b.enter_raw_repl(soft_reset=False)
        if mode == "friendly":
            b.exit_raw_repl()
        junk = bytes(rnd.randrange(256) for _ in range(20000))
        # Raw-paste entry and Ctrl-D (run/soft reset) stay out of it; everything else, controls included, goes in.
        junk = junk.replace(b"\x05A\x01", b"").replace(b"\x04", b"")
        for i in range(0, len(junk), 512):
            b.write(junk[i:i + 512])
        time.sleep(0.2)
        b.enter_raw_repl(soft_reset=False)
        check(b.exec_("print(len('still alive'))") == b"11\r\n", "REPL answers after garbage (%s)" % mode)
    # Garbage executed as code: an error, not a dead host.
    b.exec_raw_no_follow(b"\x00\x07\xff\xfe\x1b[A)(*&", False)
    out, err = b.follow()
    check(b"SyntaxError" in err, "garbage code gives a SyntaxError: %r" % err)
    check(b.exec_("print(1)") == b"1\r\n", "raw REPL after garbage code")


def t_big_paste(b, flash):
    rnd = random.Random(99)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;-_+=#"
    payload = "".join(rnd.choice(alphabet) for _ in range(1 << 20))
    code = ("s = '%s'\nf = open('big.txt', 'w')\nf.write(s)\nf.close()\nprint(len(s), s.count('Q'))\n" % payload)
    check(len(code) > 1 << 20, "1 MB paste")
    t0 = time.monotonic()
    out = b.exec_(code, raw_paste=True, timeout=240)
    took = time.monotonic() - t0
    check(out == ("%d %d\r\n" % (len(payload), payload.count("Q"))).encode(), "1 MB paste result: %r" % out)
    check(on_disk(flash, "big.txt") == payload.encode(), "big.txt on disk differs from the 1 MB paste")
    # And many short lines (about 1 MB of statements).
    lines = "".join("v%d = %d + 1000000\n" % (i % 50, i % 997) for i in range(60000)) + "print(v49, v0)\n"
    check(len(lines) > 1000000, "many-lines paste is 1 MB")
    out = b.exec_(lines, raw_paste=True, timeout=240)
    check(out == ("%d %d\r\n" % (59999 % 997 + 1000000, 59950 % 997 + 1000000)).encode(), "many-lines paste: %r" % out)
    check(b.exec_("print('after')") == b"after\r\n", "REPL answers after the big pastes")
    return took


def t_disconnect(path, flash):
    """A peer closes the port halfway through a raw-paste upload; the next one gets a working REPL."""
    b = Board.open(path)
    b.enter_raw_repl(soft_reset=False)
    keep = os.urandom(3000)
    b.put_file("keep.bin", keep, raw_paste=True)
    b.exec_("f2 = open('partial.bin', 'wb')\nf2.write(b'first half ')")
    b.read_until(b">")
    b.write(b"\x05A\x01")
    check(b.read_exact(2) == b"R\x01", "raw-paste accepted")
    big = ("f2.write(b'%s')\n" % ("z" * 200000)).encode()
    b.raw_paste_write(big, stop_after=50000)
    b.close()
    time.sleep(0.3)
    # A plain raw-REPL peer (pyboard.py) too, gone after half a command.
    b = Board.open(path)
    b.write(b"\r\x03\x03")
    b.flush_input()
    b.write(b"\r\x01")
    b.read_until(RAW_BANNER + b">")
    b.write(b"print('never r")
    b.close()
    time.sleep(0.3)
    b = Board.open(path)
    b.enter_raw_repl(soft_reset=False)
    check(b.exec_("print('back')") == b"back\r\n", "REPL answers the next peer")
    check(b.get_file("keep.bin", raw_paste=True) == keep, "keep.bin read back after the disconnects")
    check(on_disk(flash, "keep.bin") == keep, "keep.bin on disk after the disconnects")
    b.exec_("f2.write(b'second half')\nf2.close()")
    check(on_disk(flash, "partial.bin") == b"first half second half", "the open file kept its data: %r"
          % on_disk(flash, "partial.bin")[:100])
    # A peer that stops reading while code prints, then goes away: the host drops the output instead of stalling,
    # and the next peer interrupts the still running code.
    b.exec_raw_no_follow("i = 0\nwhile True:\n print('line', i)\n i += 1", True)
    b.read_until(b"line 1\r\n")
    time.sleep(0.5)
    b.close()
    time.sleep(0.5)
    b = Board.open(path)
    b.enter_raw_repl(soft_reset=False)
    check(b.eval_("i > 100") == "True", "the printing loop kept running with nobody reading")
    # The last peer soft-resets on its way out, as mpremote does; the next connection still works.
    b.read_until(b">")
    b.write(b"\x04")
    b.read_until(b"soft reboot\r\n")
    b.close()
    b = Board.open(path)
    b.enter_raw_repl()
    check(b.exec_("print('fresh')", raw_paste=True) == b"fresh\r\n", "REPL after the last reconnect")
    b.exit_raw_repl()
    b.close()


def run_pty(path, flash):
    b = Board.open(path)
    steps = [t_raw_repl_basics, t_files, t_soft_reset, t_interrupt, t_main_py_interrupted, t_no_lockout, t_friendly,
             t_friendly_text, t_mount, t_garbage, t_big_paste]
    only = os.environ.get("E2E_ONLY")
    for step in steps:
        if only and step.__name__[2:] not in only.split(",") and step is not t_raw_repl_basics:
            continue
        t0 = time.monotonic()
        if step not in (t_raw_repl_basics, t_garbage):
            b.enter_raw_repl(soft_reset=False)
        step(b, flash)
        print("  ok  %-24s %.1fs" % (step.__name__[2:], time.monotonic() - t0), flush=True)
    b.close()
    t0 = time.monotonic()
    t_disconnect(path, flash)
    print("  ok  %-24s %.1fs" % ("disconnect", time.monotonic() - t0), flush=True)


def run_port(micropy, flash):
    """`micropy --port DEV` on the slave side of a pty pair made here; the client talks to the master side."""
    master, slave = os.openpty()
    dev = os.ttyname(slave)
    host = subprocess.Popen([micropy, "--port", dev, "--flash", flash], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    try:
        first = host.stdout.readline().decode().strip()
        check(first == dev, "--port prints the device path: %r" % first)
        b = Board(FdPort(master))
        b.enter_raw_repl()
        check(b.exec_("print('port', 2+3)") == b"port 5\r\n", "exec over --port")
        data = os.urandom(5000)
        b.put_file("port.bin", data, raw_paste=True)
        check(on_disk(flash, "port.bin") == data, "port.bin on disk differs")
        check(b.get_file("port.bin", raw_paste=False) == data, "port.bin read back differs")
        b.exit_raw_repl()
        b.read_until(b">>> ")
        check(host.poll() is None, "host alive after the --port session")
        print("  ok  %-24s" % "port", flush=True)
    finally:
        host.kill()
        host.wait()
        os.close(master)
        os.close(slave)


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("pty", "port"):
        print(__doc__)
        return 2
    try:
        if sys.argv[1] == "pty":
            run_pty(sys.argv[2], sys.argv[3])
        else:
            run_port(sys.argv[2], sys.argv[3])
    except TestFailure as e:
        print("FAIL: %s" % e, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
