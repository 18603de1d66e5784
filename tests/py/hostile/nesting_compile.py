# Source nested or chained far beyond the limits: a RuntimeError or a SyntaxError, never a host crash.
# Sizes fit a board: 1,000 levels (chains of 2,000; 200 indented blocks) are far over every limit
# (firmware/Core/Objects/Ops/Limits.cs: parser nesting 100, syntax tree height 500) while the source stays small; 10,000
# levels (30,000 tokens, several MB of lexer tables on nanoCLR) ran the POSIX nanoCLR out of heap, and its heap
# compaction then crashed.
# (.exp: CPython's limits differ; the RuntimeErrors are MicroPython's error for a compiler recursion too deep.)

def t(label, src):
    try:
        compile(src, 's', 'exec')
        print(label, n, 'ok')
    except RuntimeError:
        print(label, n, 'RuntimeError')
    except SyntaxError:
        print(label, n, 'SyntaxError')
    except MemoryError:
        print(label, n, 'MemoryError')
for n in (40, 1000):
    t('paren', 'x = ' + '(' * n + '1' + ')' * n)
    t('list', 'x = ' + '[' * n + ']' * n)
    t('dict', 'x = ' + '{1:' * n + '1' + '}' * n)
    t('dstar', 'x = ' + '{**' * n + '{}' + '}' * n)
    t('star', 'x = ' + '[*' * n + '[]' + ']' * n)
    t('call', 'x = ' + 'f(' * n + ')' * n)
    t('unary', 'x = ' + '-' * n + '1')
    t('not', 'x = ' + 'not ' * n + '1')
    t('lambda', 'x = ' + 'lambda: ' * n + '1')
    t('ifexp', 'x = 1' + ' if 1 else 1' * n)
    t('pow', 'x = 2' + '**2' * n)
    t('block', ''.join(' ' * i + 'if 1:\n' for i in range(min(n, 200))) + ' ' * min(n, 200) + 'pass\n')
    t('def', ''.join(' ' * i + 'def f():\n' for i in range(min(n, 200))) + ' ' * min(n, 200) + 'pass\n')
    t('comp', 'x = ' + '[x for x in ' * n + '[]' + ']' * n)
    t('gen', 'x = ' + '(x for x in ' * n + '[]' + ')' * n)
    t('binary', 'x = a' + '+a' * (n * 2))
    t('attr', 'x = a' + '.a' * (n * 2))
    t('sub', 'x = a' + '[0]' * (n * 2))
    t('calls', 'x = a' + '()' * (n * 2))
    t('elif', 'if x: pass\n' + 'elif x: pass\n' * (n * 2))
    t('and', 'x = a' + ' and a' * (n * 2))
    t('cmp', 'x = a' + ' < a' * (n * 2))
    t('str', 'x = ' + "'a' " * n)
