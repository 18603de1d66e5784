#!/usr/bin/env python3
"""Fuzz and stress driver for the desktop host: hostile programs must never crash, hang, leak .NET text or touch
files outside /flash.

Case classes: random (token soup), mutated (the conformance scripts cut, spliced and corrupted), nesting (source and
data nested just under, at and far over the limits), reentrant (dunders that change the container being worked on,
__str__/__repr__ that raise), huge (sizes far beyond any heap), files (paths that try to leave /flash).

Cases run in batches: one host process executes a batch, each case compiled and run by exec() under try/except.
A batch that crashes or hangs is rerun case by case to name the culprit. A case fails when the host dies (exit
status other than 0/1), exceeds the timeout, prints a .NET type name, or when any file outside the flash folder
changes.

    python3 tests/fuzz/fuzz.py --host firmware/Host/bin/Debug/net10.0/micropy.dll [--seed N] [--cases N]
        [--batch N] [--timeout S] [--classes random,mutated,...] [--keep DIR]

CI (tests/run) runs a fixed seed and a few hundred cases; run longer locally with a larger --cases or a new --seed.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLASSES = ["random", "mutated", "nesting", "reentrant", "huge", "files"]
NET_TEXT = re.compile(r"System\.[A-Z]|MicroPy\.[A-Z]|\b(?!Base)[A-Z][A-Za-z]*Exception\b|   at [A-Z]\w*\.")

TOKENS = ["(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", "+", "-", "*", "**", "/", "//", "%", "<<",
          ">>", "&", "|", "^", "~", "<", ">", "<=", ">=", "!=", "not", "and", "or", "in", "is", "lambda", "if",
          "else", "elif", "for", "while", "def", "class", "return", "yield", "try", "except", "finally", "with",
          "as", "del", "pass", "break", "continue", "global", "nonlocal", "import", "from", "raise", "assert",
          "async", "await", "None", "True", "False", "x", "y", "f", "self", "0", "1", "-1", "2**64", "1.5", "1j",
          "'s'", "b'b'", "'''t'''", "r'\\n'", "0x1f", "0o7", "0b1", "1e308", "\n", "\n    ", "\\\n", "#c\n", "*",
          "@", "->", "...", "'\\x00'", "'\\u1234'", "\t"]

HEADER = (
    "import sys\n"
    "def _run(_n, _src):\n"
    "    try:\n"
    "        exec(compile(_src, 'case', 'exec'), {'__name__': 'case'})\n"
    "        print('@@', _n, 'ok')\n"
    "    except BaseException as _e:\n"
    "        try:\n"
    "            print('@@', _n, type(_e).__name__, repr(_e)[:200])\n"
    "        except BaseException:\n"
    "            print('@@', _n, 'unprintable')\n"
)


def gen_random(rng, _scripts):
    n = rng.randint(1, 60)
    return " ".join(rng.choice(TOKENS) for _ in range(n)) + "\n"


def gen_mutated(rng, scripts):
    src = scripts[rng.randrange(len(scripts))]
    lines = src.split("\n")
    for _ in range(rng.choice([1, 1, 2, 3])):
        op = rng.randrange(6)
        if not lines:
            break
        i = rng.randrange(len(lines))
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif op == 2 and lines[i]:
            j = rng.randrange(len(lines[i]))
            lines[i] = lines[i][:j] + rng.choice(TOKENS) + lines[i][j:]
        elif op == 3 and lines[i]:
            j = rng.randrange(len(lines[i]))
            lines[i] = lines[i][:j] + lines[i][j + 1:]
        elif op == 4:
            other = scripts[rng.randrange(len(scripts))].split("\n")
            k = rng.randrange(len(other))
            lines[i:i] = other[k:k + rng.randint(1, 10)]
        else:
            lines[i] = "    " * rng.randint(0, 3) + lines[i].lstrip()
    # No sleeping, no waiting for input, no endless loops of the originals.
    text = "\n".join(lines)
    text = text.replace("while True", "for _ in range(50)").replace("while 1", "for _ in range(50)")
    return text.replace("input(", "str(").replace("sleep", "abs")


NEST_SOURCES = [
    "x = {o}1{c}", "x = {o}{c}", "x = -{u}1", "x = not {u}1", "x = 2{p}", "f = {l}1", "x = a{a}",
    "x = a{s}", "x = 1{b}", "x = {cmp}",
]


def gen_nesting(rng, _scripts):
    # Just under, at and over each limit of firmware/Core/Objects/Ops/Limits.cs (re-entry 20, native depth 64, parser
    # nesting 100, tree height 500, Python calls 1000), and far over.
    n = rng.choice([1, 19, 20, 21, 63, 64, 65, 99, 100, 101, 499, 500, 501, 999, 1000, 1001, 5000, 100000])
    kind = rng.randrange(9)
    if kind == 0:
        o, c = rng.choice([("(", ")"), ("[", "]"), ("{1:", "}"), ("f(", ")"), ("[*", "]"), ("{**", "}"),
                           ("[x for x in ", "]"), ("(x for x in ", ")")])
        inner = "1" if o not in ("{**", "[*", "[x for x in ", "(x for x in ") else "[]" if o != "{**" else "{}"
        return "a = None\nf = None\nx = " + o * n + inner + c * n + "\n"
    if kind == 1:
        return "x = " + rng.choice(["-", "~", "not ", "+", "lambda: "]) * n + "1\n"
    if kind == 2:
        return "a = 1\nx = a" + rng.choice(["+a", ".real", "[0:1]", " and a", " < a", "**1", "()"]) * n + "\n"
    if kind == 3:
        kw = rng.choice(["if 1:", "while 0:", "for i in []:", "def f():", "class C:", "try:", "with x:"])
        return "".join(" " * i + kw + "\n" for i in range(min(n, 1000))) + " " * min(n, 1000) + "pass\n"
    if kind == 4:
        return "x = 0\nif x: pass\n" + "elif x: pass\n" * min(n, 20000) + "else: pass\n"
    build = rng.choice(["[x]", "(x,)", "{1: x}", "{'k': [x]}", "frozenset([x])"])
    use = rng.choice(["repr(x)", "str(x)", "print(x)", "x == y", "x < y", "hash(x)", "x in [y]", "len(str(x))",
                      "sorted([x, y])", "[x].count(y)", "{x: 1}" if "{" not in build else "x == x"])
    if kind == 5:
        return "x = 0\nfor i in range(%d):\n    x = %s\ny = x\n%s\n" % (n, build, use)
    wrap = rng.choice(["map(abs, x)", "filter(None, x)", "zip(x)", "enumerate(x)", "iter(x)", "reversed(list(x))"])
    if kind == 6:
        return "x = [1, 2]\nfor i in range(%d):\n    x = %s\nlist(x)\n" % (n, wrap)
    if kind == 7:
        return ("def f(k):\n    return f(k + 1)\nf(0)\n" if rng.random() < 0.5 else
                "class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n")
    return "s = %r\ncompile(s * %d, 'n', 'exec')\n" % (rng.choice(["(", "[", "-", "x.", "lambda:", "not "]), n)


REENTRANT = [
    # (setup, operation) where __eq__/__hash__/__lt__ change the container under the operation.
    ("d = {}", "d[K()] = 1", "d"),
    ("d = {}", "K() in d", "d"),
    ("d = {}", "d.get(K())", "d"),
    ("d = {}", "d.pop(K(), None)", "d"),
    ("s = set()", "s.add(K())", "s"),
    ("s = set()", "K() in s", "s"),
    ("s = set()", "s.discard(K())", "s"),
    ("l = []", "l.remove(K())", "l"),
    ("l = []", "l.index(K())", "l"),
    ("l = []", "l.count(K())", "l"),
    ("l = []", "K() in l", "l"),
    ("l = []", "l == [K()] * len(l)", "l"),
    ("l = []", "l < [K()] * len(l)", "l"),
    ("l = []", "l.sort()", "l"),
    ("l = []", "sorted(l)", "l"),
    ("l = []", "import heapq; heapq.heapify(l)", "l"),
    ("l = []", "max(l)", "l"),
]
MUTATIONS = {
    "d": ["d.clear()", "d.pop(next(iter(d)), None) if d else None", "[d.__setitem__(i, i) for i in range(50)]",
          "d.update({K(): 2})", "d.popitem() if d else None"],
    "s": ["s.clear()", "s.discard(next(iter(s))) if s else None", "[s.add(i) for i in range(50)]", "s.pop() if s else None"],
    "l": ["l.clear()", "del l[:]", "l.extend(range(20))", "l.pop() if l else None", "l.reverse()", "l.insert(0, 1)"],
}


def gen_reentrant(rng, _scripts):
    setup, op, var = rng.choice(REENTRANT)
    mut = rng.choice(MUTATIONS[var])
    ret = rng.choice(["True", "False", "NotImplemented", "1", "None"])
    budget = rng.choice([1, 3, 1000])
    lines = [
        "n = [0]",
        "class K:",
        "    def __hash__(self):",
        "        return %d" % rng.choice([1, 7, -1, 2**70]),
        "    def _m(self):",
        "        n[0] += 1",
        "        if n[0] <= %d:" % budget,
        "            %s" % mut,
        "    def __eq__(self, o):",
        "        self._m()",
        "        return %s" % ret,
        "    def __lt__(self, o):",
        "        self._m()",
        "        return %s" % ret,
        "    def __repr__(self):",
        "        self._m()",
        "        return 'K'",
        setup,
    ]
    fill = "K()" if var != "d" else "K(), %d" % rng.randrange(3)
    for _ in range(rng.randint(1, 12)):
        lines.append("%s.%s(%s)" % (var, {"d": "__setitem__", "s": "add", "l": "append"}[var], fill))
    lines.append("n[0] = 0")
    lines.append(op)
    lines.append("print(len(%s), repr(%s)[:50])" % (var, var))
    if rng.random() < 0.3:
        lines.append("class E(Exception):\n    def __str__(self):\n        raise ValueError()\n"
                     "import sys\nsys.print_exception(E())\ntry:\n    raise E()\nexcept E as e:\n    sys.print_exception(e)")
    return "\n".join(lines) + "\n"


HUGE = [
    "bytearray(10**{k})", "bytes(10**{k})", "b'x' * 2**{k}", "'x' * 2**{k}", "[0] * 2**{k}", "(0,) * 2**{k}",
    "import ustruct; ustruct.calcsize('{n}i')", "import ustruct; ustruct.pack('{n}s', b'')",
    "import ustruct; ustruct.unpack('{n}B', b'')", "bytearray(b'x') * 2**{k}", "'%0{n}d' % 1", "'{{:{n}}}'.format(1)",
    "hash(10**{k})", "int('1' * {m})", "hex(1 << {m})", "range(2**{k})[2**{k} - 1]", "len(range(2**{k}))",
    "[].insert(2**{k}, 1)", "'ab'.find('b', 2**{k})", "memoryview(bytearray(10))[2**{k}:]",
    "import array; array.array('i', [0]) * 2**{k}", "'x'.center(2**{k})", "'x'.zfill(2**{k})",
    "b'x'.ljust(2**{k})", "bytearray(4)[2**{k}] = 1",
]


def gen_huge(rng, _scripts):
    expr = rng.choice(HUGE)
    k = rng.choice([31, 32, 33, 40, 63, 64, 100]) if "10**" not in expr else rng.choice([10, 12, 19, 30])
    n = rng.choice([2**31, 2**32 + 1, 10**10, 10**20])
    m = rng.choice([5000, 20000])
    return expr.format(k=k, n=n, m=m) + "\n"


FILE_OPS = [
    "open({p}, 'w').write('x')", "open({p}).read()", "import uos; uos.remove({p})", "import uos; uos.mkdir({p})",
    "import uos; uos.rmdir({p})", "import uos; uos.rename({p}, 'moved')", "import uos; uos.rename('t.txt', {p})",
    "import uos; uos.listdir({p})", "import uos; uos.stat({p})", "import uos; uos.chdir({p}); open('e', 'w')",
    "exec(open({p}).read())", "__import__({p})",
]
PATHS = ["'../outside/f'", "'/outside/f'", "'/flash/../outside/f'", "'/flash/../../etc/passwd'", "'/'",
         "'/flash'", "'.'", "'..'", "'a\\x00b'", "'x' * 300", "'/flash/' + 'd/' * 200", "'//flash//t.txt'",
         "'\\\\flash'", "'/flash/link/f'", "'link'", "'/flash/link'", "'~/x'", "'C:\\\\x'", "''", "'/dev/null'",
         "'/proc/self/environ'", "'t.txt/..'", "'/flash/t.txt/'", "'/FLASH/t.txt'"]


def gen_files(rng, _scripts):
    lines = ["open('t.txt', 'w').write('seed')"]
    for _ in range(rng.randint(1, 4)):
        lines.append("try:\n    " + rng.choice(FILE_OPS).format(p=rng.choice(PATHS)) +
                     "\nexcept OSError as e:\n    print('OSError', e.args[0] if e.args else None)"
                     "\nexcept (ValueError, TypeError, ImportError, RuntimeError) as e:\n    print(type(e).__name__)")
    return "\n".join(lines) + "\n"


GENERATORS = {"random": gen_random, "mutated": gen_mutated, "nesting": gen_nesting, "reentrant": gen_reentrant,
              "huge": gen_huge, "files": gen_files}


def snapshot(top, flash):
    state = {}
    for dirpath, dirnames, filenames in os.walk(top, followlinks=False):
        if os.path.abspath(dirpath).startswith(os.path.abspath(flash)):
            continue
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            if os.path.abspath(p) == os.path.abspath(flash):
                continue
            try:
                st = os.lstat(p)
                state[p] = (st.st_size, st.st_mtime_ns, st.st_mode)
            except OSError:
                pass
    return state


def run_batch(args, cases, workdir):
    """Runs cases (list of (index, source)); returns (status, stdout, stderr)."""
    flash = os.path.join(workdir, "flash")
    if os.path.exists(flash):
        shutil.rmtree(flash)
    os.makedirs(flash)
    outside = os.path.join(workdir, "outside")
    os.symlink(outside, os.path.join(flash, "link"))
    script = HEADER + "".join("_run(%d, %r)\n" % (i, src) for i, src in cases) + "print('@@ done')\n"
    with open(os.path.join(flash, "main_fuzz.py"), "w") as f:
        f.write(script)
    cmd = ["dotnet", args.host, "--flash", flash, os.path.join(flash, "main_fuzz.py")]
    try:
        p = subprocess.run(cmd, cwd=flash, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=args.timeout * len(cases) + 10)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode("utf-8", "replace") if e.stdout else ""
        return "timeout", out, ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", required=True, help="path of micropy.dll")
    ap.add_argument("--seed", type=int, default=24)
    ap.add_argument("--cases", type=int, default=300)
    ap.add_argument("--batch", type=int, default=50)
    ap.add_argument("--timeout", type=float, default=2.0, help="seconds per case")
    ap.add_argument("--classes", default=",".join(CLASSES))
    ap.add_argument("--keep", help="folder to write failing cases to")
    args = ap.parse_args()
    args.host = os.path.abspath(args.host)
    rng = random.Random(args.seed)
    classes = args.classes.split(",")
    scripts = []
    pydir = os.path.join(ROOT, "tests", "py")
    for dirpath, _, filenames in sorted(os.walk(pydir)):
        rel = os.path.relpath(dirpath, pydir)
        for name in sorted(filenames):
            if name.endswith(".py") and "mods" not in rel and not rel.startswith("hostile"):
                with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                    scripts.append(f.read())
    cases = []
    for i in range(args.cases):
        cls = classes[i % len(classes)]
        cases.append((i, cls, GENERATORS[cls](rng, scripts)))

    top = tempfile.mkdtemp(prefix="micropy-fuzz-")
    os.makedirs(os.path.join(top, "outside"))
    with open(os.path.join(top, "outside", "keep.txt"), "w") as f:
        f.write("outside")
    before = snapshot(top, os.path.join(top, "flash"))
    counts = {c: {} for c in classes}
    failures = []

    def judge(batch, status, out, err):
        """Outcome per case, or None when the batch must be rerun case by case."""
        bad_text = NET_TEXT.search(out) or NET_TEXT.search(err)
        if status not in (0, 1) or bad_text or "@@ done" not in out:
            return None
        result = {}
        for line in out.splitlines():
            if line.startswith("@@ ") and line != "@@ done":
                parts = line.split(" ", 3)
                result[int(parts[1])] = parts[2]
        return result

    try:
        for start in range(0, len(cases), args.batch):
            batch = cases[start:start + args.batch]
            status, out, err = run_batch(args, [(i, s) for i, _, s in batch], top)
            result = judge(batch, status, out, err)
            singles = batch if result is None else []
            for i, cls, src in singles:
                st, o, e = run_batch(args, [(i, src)], top)
                r = judge([(i, cls, src)], st, o, e)
                if r is None:
                    m = NET_TEXT.search(o) or NET_TEXT.search(e)
                    why = ("hang" if st == "timeout" else "exit %s" % st if st not in (0, 1) else
                           ".NET text: " + m.group(0) if m else "no end marker")
                    failures.append((i, cls, why, src, (o + e)[-2000:]))
                    counts[cls]["FAIL"] = counts[cls].get("FAIL", 0) + 1
                else:
                    result = result or {}
                    result.update(r)
            for i, cls, src in batch:
                if result is not None and i in result:
                    outcome = "ok" if result[i] == "ok" else "error" if result[i] != "unprintable" else "unprintable"
                    counts[cls][outcome] = counts[cls].get(outcome, 0) + 1
            after = snapshot(top, os.path.join(top, "flash"))
            if after != before:
                changed = sorted(set(after.items()) ^ set(before.items()))
                failures.append((-1, "files", "touched outside /flash: %s" % changed[:5], "(batch %d)" % start, ""))
                before = after
    finally:
        shutil.rmtree(top, ignore_errors=True)

    print("fuzz: seed %d, %d cases, batches of %d" % (args.seed, len(cases), args.batch))
    for cls in classes:
        c = counts[cls]
        print("  %-10s %4d cases: %s" % (cls, sum(c.values()), ", ".join("%s %d" % kv for kv in sorted(c.items()))))
    for i, cls, why, src, out in failures:
        print("FAIL case %d (%s): %s\n--- source:\n%s\n--- output tail:\n%s\n" % (i, cls, why, src[:3000], out))
        if args.keep:
            os.makedirs(args.keep, exist_ok=True)
            with open(os.path.join(args.keep, "case%d.py" % i), "w") as f:
                f.write(src)
    print("fuzz: %d failures" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
