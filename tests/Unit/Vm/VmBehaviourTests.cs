using MicroPy.Objects;
using MicroPy.Runtime;
using Xunit;

namespace MicroPy.Tests.VmTests
{
    /// <summary>Compiles and runs snippets; expected output is CPython 3's (or MicroPython's where they differ).</summary>
    [Collection("Platform")]
    public class VmBehaviourTests
    {
        private static string Run(string src)
        {
            return new VmTestHost().Run(src);
        }

        [Theory]
        [InlineData("print(1 + 2 * 3, 7 // -2, -7 % 3, 2 ** 100)", "7 -4 2 1267650600228229401496703205376\n")]
        [InlineData("x = 9223372036854775807\nprint(x + 1, -x - 2, x * 3)", "9223372036854775808 -9223372036854775809 27670116110564327421\n")]
        [InlineData("print(1 < 2 < 3, 1 < 3 < 2, 1 if 0 else 2, not 1, ~5)", "True False 2 False -6\n")]
        [InlineData("a, *b, c = range(6)\nprint(a, b, c)", "0 [1, 2, 3, 4] 5\n")]
        [InlineData("x = [1, 2, 3]\nx[1:2] = [7, 8]\ndel x[0]\nprint(x, x[::-1])", "[7, 8, 3] [3, 8, 7]\n")]
        [InlineData("l = [1]\nm = l\nl += [2]\nt = (1,)\nu = t\nt += (2,)\nprint(m, u, t)", "[1, 2] (1,) (1, 2)\n")]
        [InlineData("for i in range(3):\n    try:\n        if i == 1:\n            continue\n        print(i)\n    finally:\n        print('f', i)\nelse:\n    print('else')", "0\nf 0\nf 1\n2\nf 2\nelse\n")]
        [InlineData("while True:\n    try:\n        break\n    finally:\n        print('fb')\ndef r():\n    try:\n        return 1\n    finally:\n        print('fr')\nprint(r())", "fb\nfr\n1\n")]
        [InlineData("def f(a, b=2, *args, c=3, **kw):\n    return a, b, args, c, sorted(kw.items())\nprint(f(1))\nprint(f(1, 2, 3, 4, c=5, d=6))", "(1, 2, (), 3, [])\n(1, 2, (3, 4), 5, [('d', 6)])\n")]
        [InlineData("def z(*a, **k):\n    return a, sorted(k.items())\nprint(z(*range(3), x=1, **{'y': 2}))", "((0, 1, 2), [('x', 1), ('y', 2)])\n")]
        [InlineData("def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\nc = outer()\nc()\nprint(c())", "2\n")]
        [InlineData("g = 1\ndef s():\n    global g\n    g = 5\ns()\nprint(g)", "5\n")]
        [InlineData("f = lambda x, y=3: x + y\nprint(f(1), (lambda: [x for x in range(3)])())", "4 [0, 1, 2]\n")]
        [InlineData("def deco(fn):\n    def w(*a):\n        return fn(*a) + 1\n    return w\n@deco\ndef h(x):\n    return x\nprint(h(1))", "2\n")]
        [InlineData("class A:\n    def __init__(self, v):\n        self.v = v\n    def m(self):\n        return self.v\nclass B(A):\n    def __init__(self, v):\n        super().__init__(v * 2)\nprint(B(3).m())", "6\n")]
        [InlineData("class D:\n    @classmethod\n    def c(cls):\n        return cls.__name__\n    @staticmethod\n    def s():\n        return 9\n    @property\n    def p(self):\n        return 42\nprint(D.c(), D.s(), D().p)", "D 9 42\n")]
        [InlineData("class M(type):\n    def __init__(cls, name, bases, ns):\n        print('M', name)\nclass K(metaclass=M):\n    x = 1\nprint(K.x, type(K).__name__)", "M K\n1 M\n")]
        [InlineData("def gen(n):\n    for i in range(n):\n        x = yield i\n        if x:\n            print('got', x)\n    return 'done'\ng = gen(3)\nprint(next(g), g.send('hi'), next(g))\ntry:\n    next(g)\nexcept StopIteration as e:\n    print('stop', e.value)", "got hi\n0 1 2\nstop done\n")]
        [InlineData("def g():\n    yield 1\n    yield 2\n    return 3\ndef d():\n    r = yield from g()\n    print('r', r)\nprint(list(d()))", "r 3\n[1, 2]\n")]
        [InlineData("def gg():\n    try:\n        yield 1\n    finally:\n        print('cleanup')\ng = gg()\nnext(g)\ng.close()\ng = gg()\nnext(g)\ntry:\n    g.throw(ValueError('t'))\nexcept ValueError as e:\n    print('thrown', e)", "cleanup\ncleanup\nthrown t\n")]
        [InlineData("print([i * i for i in range(5) if i % 2], {i: i for i in range(2)}, {i % 2 for i in range(5)}, sum(x for x in range(10)))", "[1, 9] {0: 0, 1: 1} {0, 1} 45\n")]
        [InlineData("print([(i, j) for i in range(3) for j in range(i)])", "[(1, 0), (2, 0), (2, 1)]\n")]
        [InlineData("class CM:\n    def __enter__(self):\n        print('enter')\n        return self\n    def __exit__(self, t, v, tb):\n        print('exit', t.__name__ if t else None)\n        return t is ValueError\nwith CM() as m, CM():\n    raise ValueError('x')\nprint('after')\nwith CM():\n    pass", "enter\nenter\nexit ValueError\nexit None\nafter\nenter\nexit None\n")]
        [InlineData("try:\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        x = {}['k']\nexcept KeyError as e:\n    print(repr(e), repr(e.__context__))", "KeyError('k') ZeroDivisionError('division by zero')\n")]
        [InlineData("try:\n    raise ValueError('v') from KeyError(1)\nexcept ValueError as e:\n    print(repr(e.__cause__))", "KeyError(1)\n")]
        [InlineData("try:\n    raise ValueError\nexcept (KeyError, ValueError) as e:\n    print('caught', type(e).__name__)", "caught ValueError\n")]
        [InlineData("try:\n    try:\n        raise TypeError('a')\n    except TypeError:\n        raise\nexcept TypeError as e:\n    print('re', e)", "re a\n")]
        [InlineData("try:\n    assert 1 == 2, 'msg'\nexcept AssertionError as e:\n    print('AE', e)", "AE msg\n")]
        [InlineData("from micropython import const\nX = const(5)\n_Y = const(7)\nprint(X, _Y, 'X' in globals(), '_Y' in globals())", "5 7 True False\n")]
        [InlineData("async def co2():\n    pass\nasync def co():\n    await co2()\n    return 3\nc = co()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print('stop', e.value)", "stop 3\n")]
        [InlineData("print(eval('1+2'), exec('z=5'), z, __name__)", "3 None 5 __main__\n")]
        [InlineData("import sys\nfrom sys import path as p\nprint(type(sys).__name__, p is sys.path)", "module True\n")]
        [InlineData("s = 'abc'\nprint(s[-1], s[::2], s[1:])", "c ac bc\n")]
        [InlineData("def st():\n    yield 1\n    raise StopIteration(9)\nprint(list(st()))", "[1]\n")]
        [InlineData("def sub():\n    try:\n        yield 1\n    except KeyError:\n        yield 10\n    finally:\n        print('sf')\ndef outer():\n    r = yield from sub()\n    yield 99\no = outer()\nprint(next(o), o.throw(KeyError), next(o))", "sf\n1 10 99\n")]
        [InlineData("def g():\n    yield 1\nx = g()\ntry:\n    x.send(5)\nexcept TypeError as e:\n    print(e)", "can't send non-None value to a just-started generator\n")]
        [InlineData("def ign():\n    try:\n        yield 1\n    finally:\n        yield 2\ni = ign()\nnext(i)\ntry:\n    i.close()\nexcept RuntimeError as e:\n    print(e)", "generator ignored GeneratorExit\n")]
        [InlineData("def big(a, k=0):\n    b=c=d=e=f=g=h=i=j=l=m=n=o=p=q=r=s=t=u=v=w=x=y=z=1\n    return [a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z]\ndef rec(n):\n    return 0 if n == 0 else 1 + rec(n - 1)\nclass P:\n    def __init__(self, a):\n        self.a = a\ndef gen():\n    yield len(big(1))\n    yield len(big(2, k=3))\n    yield rec(300)\n    yield P(4).a\nprint(list(gen()))", "[26, 26, 300, 4]\n")]
        [InlineData("def f():\n    return len([1, 2])\nprint(f())\ndef len(x):\n    return 99\nprint(f())\ndel len\nprint(f())\ng = 1\ndef h():\n    return g\ng = 2\nprint(h())\ndel g\ntry:\n    h()\nexcept NameError as e:\n    print(e)\nimport builtins\nbuiltins.g = 5\nprint(h())\nfor n in range(40):\n    globals()['x%d' % n] = n\ng = 6\nprint(h())", "2\n99\n2\n2\nname 'g' is not defined\n5\n6\n")]
        public void RunsLikeCPython(string src, string expected)
        {
            Assert.Equal(expected, Run(src));
        }

        [Theory]
        [InlineData("def f(a, *, b):\n    pass\nf(1, 2)", "f() takes 1 positional argument but 2 were given")]
        [InlineData("def f(a, *, b):\n    pass\nf(1)", "f() missing 1 required keyword-only argument: 'b'")]
        [InlineData("def g(a, b):\n    pass\ng(1, a=2)", "g() got multiple values for argument 'a'")]
        [InlineData("def g(a, b):\n    pass\ng()", "g() missing 2 required positional arguments: 'a' and 'b'")]
        [InlineData("def g(x):\n    pass\ng()", "g() missing 1 required positional argument: 'x'")]
        [InlineData("def g(a, b):\n    pass\ng(1, 2, 3)", "g() takes 2 positional arguments but 3 were given")]
        [InlineData("def g(a):\n    pass\ng(1, z=2)", "g() got an unexpected keyword argument 'z'")]
        public void ArgumentErrorsMatchCPython(string src, string message)
        {
            string o = Run(src);
            Assert.Contains("TypeError: " + message + "\n", o);
        }

        [Fact]
        public void TracebackHasOneLinePerFrame()
        {
            string o = Run("def f():\n    x = 1\n    return y\ndef g():\n    f()\ng()\n");
            Assert.Equal(
                "Traceback (most recent call last):\n" +
                "  File \"<stdin>\", line 6, in <module>\n" +
                "  File \"<stdin>\", line 5, in g\n" +
                "  File \"<stdin>\", line 3, in f\n" +
                "NameError: name 'y' is not defined\n", o);
        }

        [Fact]
        public void DeepRecursionRaisesRuntimeError()
        {
            string o = Run("def rec(n):\n    return rec(n + 1)\ntry:\n    rec(0)\nexcept RuntimeError as e:\n    print('RT', e)\ndef ok(n):\n    return 0 if n == 0 else 1 + ok(n - 1)\nprint(ok(500))\n");
            Assert.Equal("RT maximum recursion depth exceeded\n500\n", o);
        }

        [Fact]
        public void DeepRecursionThroughNativeCallsRaisesRuntimeError()
        {
            string o = Run("class A:\n    def __eq__(self, o):\n        return self == o\ntry:\n    A() == A()\nexcept RuntimeError as e:\n    print('RT', e)\n");
            Assert.Equal("RT maximum recursion depth exceeded\n", o);
        }

        [Fact]
        public void ConstructorRecursionIsNotLimitedByHostNesting()
        {
            string o = Run("class Node:\n    def __init__(self, d):\n        self.c = Node(d - 1) if d else None\nn = Node(900)\nprint('ok')\nclass R:\n    def __init__(self):\n        return 5\ntry:\n    R()\nexcept TypeError as e:\n    print(e)\n");
            Assert.Equal("ok\n__init__() should return None, not 'int'\n", o);
        }

        [Fact]
        public void SyntaxErrorsFromCompiler()
        {
            Assert.Contains("SyntaxError", Run("return 1\n"));
            Assert.Contains("SyntaxError", Run("break\n"));
            Assert.Contains("SyntaxError", Run("def f():\n    continue\n"));
            Assert.Contains("SyntaxError: 'await' outside function", Run("await x\n"));
        }

        [Fact]
        public void InterruptRaisesKeyboardInterrupt()
        {
            VmTestHost h = new VmTestHost();
            h.Run("def f():\n    i = 0\n    while True:\n        i += 1\n");
            object f = h.Globals.GetStr("f");
            MicroPy.Runtime.Vm.RequestInterrupt();
            PyException e = Assert.Throws<PyException>(() => Ops.Call0(f));
            Assert.Equal("KeyboardInterrupt", e.Value.Type.Name);
        }

        [Fact]
        public void ScheduledCallbacksRunBetweenBytecodes()
        {
            VmTestHost h = new VmTestHost();
            h.Run("hits = []\ndef cb(a):\n    hits.append(a)\ndef spin():\n    i = 0\n    while not hits:\n        i += 1\n    return hits[0]\n");
            Scheduler.Schedule(h.Globals.GetStr("cb"), PyInt.Create(42));
            object r = Ops.Call0(h.Globals.GetStr("spin"));
            Assert.Equal("42", Ops.Repr(r));
        }

        [Fact]
        public void ReplModeEchoesExpressionValues()
        {
            VmTestHost h = new VmTestHost();
            PyDict g = h.Interp.NewGlobals("__main__");
            CodeRunner.Run(CodeRunner.Compile("1 + 1\n", "<stdin>", CodeRunner.ModeSingle), g, g);
            CodeRunner.Run(CodeRunner.Compile("None\n", "<stdin>", CodeRunner.ModeSingle), g, g);
            CodeRunner.Run(CodeRunner.Compile("'a'\n", "<stdin>", CodeRunner.ModeSingle), g, g);
            Assert.Equal("2\n'a'\n", h.Output);
            Assert.Equal("'a'", Ops.Repr(h.Interp.BuiltinsDict.GetStr("_")));
        }
    }
}
