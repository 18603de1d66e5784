# Source nested or chained far beyond the limits: a RuntimeError or a SyntaxError, never a host crash.

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
for n in (40, 10000):
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
    t('block', ''.join(' ' * i + 'if 1:\n' for i in range(min(n, 1000))) + ' ' * min(n, 1000) + 'pass\n')
    t('def', ''.join(' ' * i + 'def f():\n' for i in range(min(n, 1000))) + ' ' * min(n, 1000) + 'pass\n')
    t('comp', 'x = ' + '[x for x in ' * n + '[]' + ']' * n)
    t('gen', 'x = ' + '(x for x in ' * n + '[]' + ')' * n)
    t('binary', 'x = a' + '+a' * (n * 10))
    t('attr', 'x = a' + '.a' * (n * 10))
    t('sub', 'x = a' + '[0]' * (n * 10))
    t('calls', 'x = a' + '()' * (n * 10))
    t('elif', 'if x: pass\n' + 'elif x: pass\n' * (n * 10))
    t('and', 'x = a' + ' and a' * (n * 10))
    t('cmp', 'x = a' + ' < a' * (n * 10))
    t('str', 'x = ' + "'a' " * n)
