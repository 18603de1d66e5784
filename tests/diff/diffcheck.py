#!/usr/bin/env python3
"""Differential check: generated programs run under the desktop host and under CPython 3 must print the same.

Each program is a list of cases (one expression each) drawn from a seeded generator: arithmetic on ints, floats and
big ints; indexing and slicing with extreme indices; list/bytearray insert, pop, slice assignment and deletion at
extreme positions; str/bytes methods with edge arguments; %-formatting, str.format and format(); mixed comparisons,
sorting and conversions. A case prints its number and either the repr of its value or the name of the exception it
raised (messages are not compared: MicroPython words many of them its own way). A mismatch is any case whose line
differs; the report names the case's expression and both lines.

  python3 tests/diff/diffcheck.py                      # the CI run: seed 28, 4 programs of 750 cases
  python3 tests/diff/diffcheck.py --seed 7 --programs 400 --cases 500    # a long local run
  options: --host CMD (default: dotnet firmware/Host/bin/Debug/net10.0/micropy.dll, or $MICROPY_HOST),
           --python CMD (default python3), --keep DIR (write the programs there), --show N (mismatches shown)

Exit status 1 when any case differs. Cases that touch the README's known deviations are not generated (a range's
start, stop and step beyond 64 bits, float identity, characters outside the BMP).
"""
import argparse
import os
import random
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

PRELUDE = '''def setitem(l, k, v):
    l[k] = v
    return l


def delitem(l, k):
    del l[k]
    return l


def imul(l, n):
    l *= n
    return l


def c(n, f):
    try:
        r = f()
    except Exception as e:
        print(n, '!' + type(e).__name__)
        return
    print(n, repr(r))
'''

EDGE_INTS = [0, 1, -1, 2, -2, 3, 7, 10, -10, 127, 128, 255, 256, 2**15, 2**16 - 1, 2**30, 2**31 - 1, 2**31, -2**31,
             -2**31 - 1, 2**32, 2**32 + 1, 2**53, 2**53 + 1, 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64,
             2**64 - 1, -2**64, 10**18, 10**19, 10**20, -10**20, 2**100, -2**100, 3**80, 10**50 + 7]
EDGE_FLOATS = ['0.0', '-0.0', '1.0', '-1.0', '0.5', '1.5', '-2.5', '0.1', '1e-7', '1e16', '1e22', '1.7976931348623157e308',
               '5e-324', '2.2250738585072014e-308', '123456789.125', '-0.75', '3.141592653589793', '1e300', '9007199254740993.0',
               "float('inf')", "float('-inf')", "float('nan')", '2.0**63', '-2.0**63', '4294967296.5']
INDEX_EDGES = [0, 1, -1, 2, -2, 3, -3, 5, -5, 6, -6, 100, -100, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32, -2**32,
               2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 2**100, -2**100]
STRS = ["''", "'a'", "'hello'", "'a,b,,c'", "' a b  c '", "'AbC dEf'", "'x\\ty'", "'aaaa'", "'12'", "'-3'",
        "'\\xe9t\\xe9'", "'ab\\ncd\\r\\nef'", "'a b\\tc\\n'"]
BYTES = ["b''", "b'a'", "b'hello'", "b'a,b,,c'", "b' a b  c '", "b'AbC'", "b'\\xff\\x00z'", "b'aaaa'", "b'x\\ty'"]


def lit(v):
    return repr(v)


class Gen:
    def __init__(self, rnd):
        self.r = rnd

    def pick(self, seq):
        return self.r.choice(seq)

    def int_(self):
        r = self.r.random()
        if r < 0.5:
            return lit(self.pick(EDGE_INTS))
        if r < 0.75:
            return lit(self.r.randint(-1000, 1000))
        bits = self.r.choice([16, 31, 32, 63, 64, 65, 100, 200])
        v = self.r.getrandbits(bits)
        return lit(-v if self.r.random() < 0.4 else v)

    def float_(self):
        r = self.r.random()
        if r < 0.5:
            return self.pick(EDGE_FLOATS)
        if r < 0.75:
            return repr(self.r.uniform(-1000, 1000))
        return repr(self.r.uniform(-1, 1) * 10.0 ** self.r.randint(-30, 30))

    def num(self):
        r = self.r.random()
        if r < 0.55:
            return self.int_()
        if r < 0.95:
            return self.float_()
        return self.pick(['True', 'False'])

    def small_int(self, lo=-40, hi=40):
        return lit(self.r.randint(lo, hi))

    def index(self):
        return lit(self.pick(INDEX_EDGES)) if self.r.random() < 0.7 else lit(self.r.randint(-8, 8))

    def bound(self):
        return 'None' if self.r.random() < 0.2 else self.index()

    # ---- arithmetic ----

    def arith(self):
        k = self.r.random()
        if k < 0.45:
            op = self.pick(['+', '-', '*', '/', '//', '%', '<', '<=', '==', '!=', '>', '>='])
            return '(%s) %s (%s)' % (self.num(), op, self.num())
        if k < 0.6:
            op = self.pick(['&', '|', '^'])
            return '(%s) %s (%s)' % (self.int_(), op, self.int_())
        if k < 0.68:
            op = self.pick(['<<', '>>'])
            return '(%s) %s %s' % (self.int_(), op, self.small_int(-2, 140))
        if k < 0.76:
            base = self.num() if self.r.random() < 0.5 else self.small_int(-12, 12)
            exp = self.small_int(-6, 40) if self.r.random() < 0.7 else self.pick(['0.5', '-0.5', '2.0', '-1.0', '1e3', '0.0'])
            return '(%s) ** (%s)' % (base, exp)
        if k < 0.8:
            return 'pow(%s, %s, %s)' % (self.int_(), self.small_int(0, 300), self.pick(['7', '-7', '1', '2**61-1', '10**20+1', '0', '-1']))
        if k < 0.88:
            f = self.pick(['abs', 'int', 'float', 'bool', 'divmod', 'round', '-', '~', 'hex', 'oct', 'bin', 'str'])
            if f == 'divmod':
                return 'divmod(%s, %s)' % (self.num(), self.num())
            if f == 'round':
                if self.r.random() < 0.5:
                    return 'round(%s)' % self.num()
                return 'round(%s, %s)' % (self.num(), self.small_int(-12, 12))
            if f in ('-', '~'):
                return '%s(%s)' % (f, self.int_() if f == '~' else self.num())
            if f in ('hex', 'oct', 'bin'):
                return '%s(%s)' % (f, self.int_())
            return '%s(%s)' % (f, self.num())
        if k < 0.94:
            s = self.pick(['0', '-0', '12', ' 42 ', '+7', '1_000', '0x1f', '1e5', '-1.5', 'inf', '-nan', '1e400',
                           '99999999999999999999', '.5', '5.', '1__0', '', ' ', '0b101', '1.7976931348623159e308',
                           '2.5e-324', '3.14159265358979323846264338327950288'])
            f = self.pick(['int', 'float'])
            if f == 'int' and self.r.random() < 0.3:
                return "int(%r, %s)" % (s, self.pick(['0', '2', '8', '16', '36', '10']))
            return '%s(%r)' % (f, s)
        a = self.int_()
        return '(%s).to_bytes(%s, %r)' % (a if not a.startswith('-') else '0', self.small_int(1, 12), self.pick(['big', 'little'])) \
            if self.r.random() < 0.5 else 'int.from_bytes(%s, %r)' % (self.pick(BYTES), self.pick(['big', 'little']))

    # ---- indexing and slicing ----

    def seq(self):
        return self.pick(['[1, 2, 3, 4, 5]', '(9, 8, 7)', "'hello'", "b'bytes!'", 'bytearray(b"xyz")', 'range(10)',
                          'range(-5, 20, 3)', 'range(10, -10, -4)', '[]', "''", 'range(0)', '[[1], [2]]'])

    def indexing(self):
        k = self.r.random()
        s = self.seq()
        if k < 0.35:
            return '%s[%s]' % (s, self.index())
        if k < 0.8:
            if self.r.random() < 0.5:
                return '%s[%s:%s]' % (s, self.bound(), self.bound())
            steps = ['None', '1', '-1', '2', '-2', '3', '-3', '0', lit(2**31), lit(-2**31), lit(2**40)]
            if not s.startswith('range'):
                # A range's start, stop and step are 64-bit ints (README, known deviations).
                steps += [lit(2**63), lit(-2**63 - 1)]
            step = self.pick(steps)
            return '%s[%s:%s:%s]' % (s, self.bound(), self.bound(), step)
        if k < 0.9:
            return 'slice(%s, %s, %s).indices(%s)' % (self.bound(), self.bound(), self.pick(['None', '1', '-1', '2', '-3', '0', lit(2**63)]),
                                                      self.pick(['0', '1', '5', '10', lit(2**31 - 1)]))
        m = self.pick(['index', 'count'])
        if m == 'index' and not s.startswith('range'):
            return '%s.index(%s, %s, %s)' % (s, self.pick(['1', '2', "'l'", '7', "b'y'[0]"]), self.index(), self.index())
        return '%s.count(%s)' % (s, self.pick(['1', '2', "'l'", '7']))

    # ---- str / bytes methods ----

    def strmeth(self):
        b = self.r.random() < 0.3
        s = self.pick(BYTES if b else STRS)
        sub = self.pick(["b''", "b'a'", "b','", "b'l'", "b'aa'", "b'zz'"] if b else ["''", "'a'", "','", "'l'", "'aa'", "'zz'", "' '"])
        m = self.pick(['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'split', 'rsplit',
                       'strip', 'lstrip', 'rstrip', 'replace', 'center', 'ljust', 'rjust', 'zfill', 'partition',
                       'rpartition', 'join', 'upper', 'lower', 'isdigit', 'isalpha', 'isspace', 'isupper',
                       'islower', 'splitlines', 'expandtabs', 'title', 'swapcase', 'capitalize', 'decode', 'encode',
                       'mul', 'contains', 'cmp', 'add'])
        if m in ('find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'):
            n = self.r.randint(0, 2)
            args = [sub] + [self.bound() if self.r.random() < 0.8 else self.index() for _ in range(n)]
            return '%s.%s(%s)' % (s, m, ', '.join(args))
        if m in ('split', 'rsplit'):
            n = self.r.randint(0, 2)
            args = []
            if n >= 1:
                args.append(self.pick(['None', sub]))
            if n == 2:
                args.append(self.index())
            return '%s.%s(%s)' % (s, m, ', '.join(args))
        if m in ('strip', 'lstrip', 'rstrip'):
            return '%s.%s(%s)' % (s, m, self.pick(['', 'None', sub]))
        if m == 'replace':
            return '%s.replace(%s, %s%s)' % (s, sub, self.pick(["b'-'", "b''"] if b else ["'-'", "''", "'xyz'"]),
                                               '' if self.r.random() < 0.5 else ', ' + self.index())
        if m in ('center', 'ljust', 'rjust'):
            fill = '' if self.r.random() < 0.5 else ', ' + (self.pick(["b'*'", "b'-'"]) if b else self.pick(["'*'", "'\\xe9'"]))
            return '%s.%s(%s%s)' % (s, m, self.small_int(-3, 20), fill)
        if m == 'zfill':
            return '%s.zfill(%s)' % (s, self.small_int(-3, 20))
        if m in ('partition', 'rpartition'):
            return '%s.%s(%s)' % (s, m, sub)
        if m == 'join':
            items = self.pick(["[b'a', b'b']", "[]", "[b'x']"] if b else ["['a', 'b']", "[]", "['x']", "'xyz'", "['a', 1]"])
            return '%s.join(%s)' % (s, items)
        if m == 'splitlines':
            return '%s.splitlines(%s)' % (s, self.pick(['', 'True', 'False']))
        if m == 'expandtabs':
            return '%s.expandtabs(%s)' % (s, self.small_int(-2, 9)) if not b else '%s.upper()' % s
        if m == 'decode':
            return '%s.decode(%s)' % (self.pick(BYTES + ["b'\\xc3\\xa9'", "b'\\xe2\\x82'", "b'\\x80abc'"]), self.pick(['', "'utf-8'", "'ascii'", "'latin-1'"]))
        if m == 'encode':
            return '%s.encode(%s)' % (self.pick(STRS), self.pick(['', "'utf-8'", "'ascii'", "'latin-1'"]))
        if m == 'mul':
            return '%s * %s' % (s, self.pick(['0', '1', '3', '-1', 'True', lit(2**63), lit(-2**64), lit(2**62)]))
        if m == 'contains':
            return '%s in %s' % (sub, s)
        if m == 'cmp':
            return '%s %s %s' % (s, self.pick(['<', '<=', '==', '>', '!=']), self.pick(BYTES if b else STRS))
        if m == 'add':
            return '%s + %s' % (s, self.pick(BYTES if b else STRS))
        if m in ('title', 'swapcase', 'capitalize') and b:
            return '%s.lower()' % s
        return '%s.%s()' % (s, m)

    # ---- formatting ----

    def spec(self, kind):
        fill = ''
        if self.r.random() < 0.3:
            fill = self.pick(['*', '0', ' ', '_']) + self.pick(['<', '>', '^', '='])
        elif self.r.random() < 0.3:
            fill = self.pick(['<', '>', '^', '='])
        sign = self.pick(['', '', '+', '-', ' '])
        alt = '#' if self.r.random() < 0.15 else ''
        zero = '0' if self.r.random() < 0.15 else ''
        width = str(self.r.randint(1, 25)) if self.r.random() < 0.5 else ''
        comma = ',' if self.r.random() < 0.1 else ''
        prec = '.' + str(self.r.randint(0, 20)) if kind == 'f' and self.r.random() < 0.6 else ''
        typ = self.pick(['', 'd', 'x', 'X', 'o', 'b', 'c', 'n'] if kind == 'i' else ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n'])
        return fill + sign + alt + zero + width + comma + prec + typ

    def formatting(self):
        k = self.r.random()
        if k < 0.4:
            if self.r.random() < 0.5:
                return 'format(%s, %r)' % (self.int_(), self.spec('i'))
            return 'format(%s, %r)' % (self.float_(), self.spec('f'))
        if k < 0.8:
            flags = ''.join(self.r.sample(['-', '+', ' ', '#', '0'], self.r.randint(0, 2)))
            width = str(self.r.randint(1, 20)) if self.r.random() < 0.5 else ''
            prec = '.' + str(self.r.randint(0, 18)) if self.r.random() < 0.4 else ''
            conv = self.pick(['d', 'i', 'x', 'X', 'o', 'e', 'E', 'f', 'F', 'g', 'G', 's', 'r', 'c', 'u', '%'])
            if conv == 'c':
                v = self.pick(['65', "'z'", '0x20ac'])
            elif conv in 'eEfFgG':
                v = self.num()
            elif conv in 'sr':
                v = self.pick([self.num(), self.pick(STRS), self.pick(BYTES), 'None', '[1, 2]'])
            else:
                v = self.int_() if self.r.random() < 0.85 else self.float_()
            if conv == '%':
                return "'%%%s' %% ()" % (flags + width + prec + '%')
            return "'%%%s' %% (%s,)" % (flags + width + prec + conv, v)
        if k < 0.92:
            return "'{0:%s}'.format(%s)" % (self.spec('f' if self.r.random() < 0.5 else 'i'), self.num())
        return "'{!r:>12}|{:^9}'.format(%s, %s)" % (self.num(), self.pick(STRS))

    # ---- mutation of lists and bytearrays at extreme positions ----

    def mutation(self):
        seq = self.pick(['[1, 2, 3, 4, 5]', '[]', '[0]', 'bytearray(b"abcde")', 'bytearray()'])
        k = self.r.random()
        if k < 0.25:
            val = '66' if seq.startswith('bytearray') else "'x'"
            op = 'l.insert(%s, %s)' % (self.index(), val)
        elif k < 0.4:
            op = 'l.pop(%s)' % ('' if self.r.random() < 0.2 else self.index())
        elif k < 0.6:
            src = self.pick(['[]', '[7]', '[7, 8, 9]', 'range(4)']) if not seq.startswith('bytearray') else self.pick(["b''", "b'Z'", "b'XYZ'"])
            if self.r.random() < 0.5:
                op = 'setitem(l, slice(%s, %s), %s)' % (self.bound(), self.bound(), src)
            else:
                op = 'setitem(l, slice(%s, %s, %s), %s)' % (self.bound(), self.bound(), self.pick(['2', '-1', '-2', '3', 'None']), src)
        elif k < 0.75:
            op = 'delitem(l, slice(%s, %s, %s))' % (self.bound(), self.bound(), self.pick(['None', '1', '2', '-1', '-3', lit(2**40)]))
        elif k < 0.85:
            op = 'delitem(l, %s)' % self.index()
        else:
            op = 'imul(l, %s)' % self.pick(['0', '2', '-1', '3', lit(2**62), lit(2**64)])
        return '(lambda l: (%s, l)[1])(%s)' % (op, seq)

    # ---- mixed comparisons, conversions, builtins over numbers ----

    def misc(self):
        k = self.r.random()
        if k < 0.25:
            return 'sorted([%s, %s, %s])' % (self.num(), self.num(), self.num())
        if k < 0.4:
            return '%s([%s, %s])' % (self.pick(['min', 'max', 'sum']), self.num(), self.num())
        if k < 0.55:
            return '(%s, %s) %s (%s, %s)' % (self.num(), self.num(), self.pick(['<', '==', '>=']), self.num(), self.num())
        if k < 0.7:
            return 'int(%s)' % self.float_()
        if k < 0.8:
            return "'{:{}}'.format(%s, %s)" % (self.num(), self.small_int(0, 12))
        if k < 0.9:
            return "'%%%s' %% (%s,)" % (self.pick(['x', 'X', 'o', 'd', '#x', '#o', '+d', ' d', '08d', '-8x', '.3s', '10.4s']), self.int_())
        return '%s in %s' % (self.num(), self.pick(['[1, 2.0, 2**64]', '(0.0,)', 'range(-5, 5)', 'range(0, 2**62, 2**40)', '{1, 2, 3}', '{2**64: 1}']))

    def case(self):
        k = self.r.random()
        if k < 0.3:
            return self.arith()
        if k < 0.45:
            return self.indexing()
        if k < 0.65:
            return self.strmeth()
        if k < 0.8:
            return self.formatting()
        if k < 0.9:
            return self.mutation()
        return self.misc()


def program(seed, cases):
    g = Gen(random.Random(seed))
    exprs = [g.case() for _ in range(cases)]
    lines = [PRELUDE]
    for i, e in enumerate(exprs):
        lines.append('c(%d, lambda: %s)\n' % (i, e))
    return ''.join(lines), exprs


def start(cmd, path):
    return subprocess.Popen(cmd + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8'))


def finish(p, timeout):
    try:
        out, err = p.communicate(timeout=timeout)
        return out.decode('utf-8', 'replace'), err.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        return None, 'timeout after %d s' % timeout


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int, default=28)
    ap.add_argument('--programs', type=int, default=4)
    ap.add_argument('--cases', type=int, default=750)
    ap.add_argument('--host', default=os.environ.get('MICROPY_HOST'))
    ap.add_argument('--python', default='python3')
    ap.add_argument('--keep')
    ap.add_argument('--show', type=int, default=20)
    a = ap.parse_args()
    host = shlex.split(a.host) if a.host else ['dotnet', os.path.join(ROOT, 'firmware', 'Host', 'bin', 'Debug', 'net10.0', 'micropy.dll')]
    py = shlex.split(a.python)
    tmp = a.keep or tempfile.mkdtemp(prefix='diffcheck-')
    os.makedirs(tmp, exist_ok=True)
    total = 0
    mismatches = []
    broken = []
    for k in range(a.programs):
        seed = a.seed * 1000003 + k
        src, exprs = program(seed, a.cases)
        path = os.path.join(tmp, 'p%d.py' % seed)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(src)
        # Both interpreters at once: the host's start-up is most of a short run.
        pw = start(py, path)
        ph = start(host, path)
        want, werr = finish(pw, 120)
        got, gerr = finish(ph, 120)
        if want is None or werr.strip():
            broken.append('%s: the oracle failed: %s' % (path, werr.strip()[-300:]))
            continue
        if got is None:
            broken.append('%s: the host failed: %s' % (path, gerr.strip()[-300:]))
            continue
        w = dict(l.split(' ', 1) for l in want.splitlines() if ' ' in l)
        h = dict(l.split(' ', 1) for l in got.splitlines() if ' ' in l)
        for i, e in enumerate(exprs):
            total += 1
            if w.get(str(i)) != h.get(str(i)):
                mismatches.append((e, w.get(str(i)), h.get(str(i)), path))
        if gerr.strip() and len(h) < len(exprs):
            broken.append('%s: the host stopped: %s' % (path, gerr.strip()[-300:]))
        elif 'micropy: internal error' in gerr:
            # A host exception reached the VM's last-defence handler: a bug even when every answer matched.
            broken.append('%s: %s' % (path, gerr.strip()[-300:]))
    for e, w, h, path in mismatches[:a.show]:
        print('MISMATCH %s\n  cpython: %s\n  micropy: %s' % (e, w, h))
    for b in broken:
        print('BROKEN ' + b)
    print('diffcheck: seed %d, %d programs, %d cases, %d mismatches%s' % (
        a.seed, a.programs, total, len(mismatches), ', %d programs broken' % len(broken) if broken else ''))
    if not a.keep:
        for f in os.listdir(tmp):
            os.remove(os.path.join(tmp, f))
        os.rmdir(tmp)
    return 1 if mismatches or broken else 0


if __name__ == '__main__':
    sys.exit(main())
