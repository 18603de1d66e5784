using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Hal;

namespace MicroPy.Runtime
{
    /// <summary>The builtins module: every builtin function of the seed, one constant table.</summary>
    public sealed class BuiltinsModule : NativeModule
    {
        private static BuiltinsModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static BuiltinsModule Instance
        {
            get { return s_instance ?? (s_instance = new BuiltinsModule()); }
        }


        /// <summary>Members from here on are values (types, exceptions, constants), not functions.</summary>
        private const int FirstValue = Id.Object;
        private const int FirstException = Id.BaseException;

        private BuiltinsModule() : base("builtins", new string[]
        {
            "print", "repr", "len", "abs", "all", "any", "bin", "callable", "chr", "compile", "delattr", "dir", "divmod",
            "eval", "exec", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass",
            "iter", "locals", "max", "min", "next", "oct", "open", "ord", "pow", "round", "setattr", "sorted", "sum",
            "__import__", "help", "__build_class__", "format", "vars",
            "object", "type", "int", "bool", "float", "complex", "str", "bytes", "bytearray", "memoryview", "list",
            "tuple", "dict", "set", "frozenset", "range", "slice", "enumerate", "zip", "map", "filter", "reversed",
            "property", "classmethod", "staticmethod", "super", "NotImplemented", "Ellipsis", "__debug__",
            "EnvironmentError", "IOError", "__name__",
            "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
            "StopAsyncIteration", "ArithmeticError", "OverflowError", "ZeroDivisionError", "AssertionError",
            "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError", "IndexError", "KeyError",
            "MemoryError", "NameError", "UnboundLocalError", "OSError", "RuntimeError", "NotImplementedError",
            "SyntaxError", "IndentationError", "SystemError", "TypeError", "ValueError", "UnicodeError",
            "UnicodeDecodeError", "UnicodeEncodeError",
        })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Print = 0;
            public const int Repr = 1;
            public const int Len = 2;
            public const int Abs = 3;
            public const int All = 4;
            public const int Any = 5;
            public const int Bin = 6;
            public const int Callable = 7;
            public const int Chr = 8;
            public const int Compile = 9;
            public const int DelAttr = 10;
            public const int Dir = 11;
            public const int DivMod = 12;
            public const int Eval = 13;
            public const int Exec = 14;
            public const int GetAttr = 15;
            public const int Globals = 16;
            public const int HasAttr = 17;
            public const int Hash = 18;
            public const int Hex = 19;
            public const int ID = 20;
            public const int Input = 21;
            public const int IsInstance = 22;
            public const int IsSubclass = 23;
            public const int Iter = 24;
            public const int Locals = 25;
            public const int Max = 26;
            public const int Min = 27;
            public const int Next = 28;
            public const int Oct = 29;
            public const int Open = 30;
            public const int Ord = 31;
            public const int Pow = 32;
            public const int Round = 33;
            public const int SetAttr = 34;
            public const int Sorted = 35;
            public const int Sum = 36;
            public const int Import = 37;
            public const int Help = 38;
            public const int BuildClass = 39;
            public const int Format = 40;
            public const int Vars = 41;
            public const int Object = 42;
            public const int Type = 43;
            public const int Int = 44;
            public const int Bool = 45;
            public const int Float = 46;
            public const int Complex = 47;
            public const int Str = 48;
            public const int Bytes = 49;
            public const int ByteArray = 50;
            public const int MemoryView = 51;
            public const int List = 52;
            public const int Tuple = 53;
            public const int Dict = 54;
            public const int Set = 55;
            public const int FrozenSet = 56;
            public const int Range = 57;
            public const int Slice = 58;
            public const int Enumerate = 59;
            public const int Zip = 60;
            public const int Map = 61;
            public const int Filter = 62;
            public const int Reversed = 63;
            public const int Property = 64;
            public const int ClassMethod = 65;
            public const int StaticMethod = 66;
            public const int Super = 67;
            public const int NotImplemented = 68;
            public const int Ellipsis = 69;
            public const int Debug = 70;
            public const int EnvironmentError = 71;
            public const int IOError = 72;
            public const int Name = 73;
            public const int BaseException = 74;
            public const int SystemExit = 75;
            public const int KeyboardInterrupt = 76;
            public const int GeneratorExit = 77;
            public const int Exception = 78;
            public const int StopIteration = 79;
            public const int StopAsyncIteration = 80;
            public const int ArithmeticError = 81;
            public const int OverflowError = 82;
            public const int ZeroDivisionError = 83;
            public const int AssertionError = 84;
            public const int AttributeError = 85;
            public const int BufferError = 86;
            public const int EOFError = 87;
            public const int ImportError = 88;
            public const int LookupError = 89;
            public const int IndexError = 90;
            public const int KeyError = 91;
            public const int MemoryError = 92;
            public const int NameError = 93;
            public const int UnboundLocalError = 94;
            public const int OSError = 95;
            public const int RuntimeError = 96;
            public const int NotImplementedError = 97;
            public const int SyntaxError = 98;
            public const int IndentationError = 99;
            public const int SystemError = 100;
            public const int TypeError = 101;
            public const int ValueError = 102;
            public const int UnicodeError = 103;
            public const int UnicodeDecodeError = 104;
            public const int UnicodeEncodeError = 105;
        }

        /// <summary>
        /// Nothing is created at start-up: each builtin's function object (or type) enters the builtins dict on its
        /// first lookup (the VM and PyModule.GetAttr ask the table on a dict miss), as MicroPython keeps them in ROM.
        /// </summary>
        public override bool LazyMembers
        {
            get { return true; }
        }

        /// <summary>Programs may override builtins (MicroPython's MICROPY_CAN_OVERRIDE_BUILTINS).</summary>
        public override bool Writable
        {
            get { return true; }
        }

        /// <summary>len() as Python sees it: a range's length may exceed the int range.</summary>
        public static long LenOf(object o)
        {
            PyRange r = o as PyRange;
            return r != null ? r.Count : Ops.Len(o);
        }

        public override int FastKind(int id)
        {
            return id == Id.Len ? PyNativeFunction.FastLen : 0;
        }

        public override int Kind(int id)
        {
            return id < FirstValue ? MemberStatic : MemberValue;
        }

        public override object GetValue(int id)
        {
            if (id >= FirstException)
            {
                return PyExc.Get(id - FirstException);
            }
            switch (id)
            {
                case Id.Object: return PyType.ObjectType;
                case Id.Type: return PyType.TypeType;
                case Id.Int: return PyInt.TypeObject;
                case Id.Bool: return PyBool.TypeObject;
                case Id.Float: return PyFloat.TypeObject;
                case Id.Complex: return PyComplex.TypeObject;
                case Id.Str: return PyStr.TypeObject;
                case Id.Bytes: return PyBytes.TypeObject;
                case Id.ByteArray: return PyByteArray.TypeObject;
                case Id.MemoryView: return PyMemoryView.TypeObject;
                case Id.List: return PyList.TypeObject;
                case Id.Tuple: return PyTuple.TypeObject;
                case Id.Dict: return PyDict.TypeObject;
                case Id.Set: return PySet.SetType;
                case Id.FrozenSet: return PySet.FrozenSetType;
                case Id.Range: return PyRange.TypeObject;
                case Id.Slice: return PySlice.TypeObject;
                case Id.Enumerate: return PyEnumerate.TypeObject;
                case Id.Zip: return PyZip.TypeObject;
                case Id.Map: return PyMap.TypeObject;
                case Id.Filter: return PyFilter.TypeObject;
                case Id.Reversed: return PyReversed.TypeObject;
                case Id.Property: return PyProperty.TypeObject;
                case Id.ClassMethod: return PyClassMethod.TypeObject;
                case Id.StaticMethod: return PyStaticMethod.TypeObject;
                case Id.Super: return PySuper.TypeObject;
                case Id.NotImplemented: return Ops.NotImplemented;
                case Id.Ellipsis: return Ops.Ellipsis;
                case Id.Debug: return PyBool.True;
                case Id.EnvironmentError:
                case Id.IOError: return PyExc.OSError;
                default: return "builtins";
            }
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            switch (id)
            {
                case Id.Print:
                    return DoPrint(args, argc, kwc);
                case Id.Repr:
                    Ops.CheckArgs("repr", argc, kwc, 1, 1);
                    return Ops.Repr(args[0]);
                case Id.Len:
                    Ops.CheckArgs("len", argc, kwc, 1, 1);
                    return PyInt.Create(BuiltinsModule.LenOf(args[0]));
                case Id.Abs:
                    Ops.CheckArgs("abs", argc, kwc, 1, 1);
                    return Numbers.Abs(args[0]);
                case Id.All:
                case Id.Any:
                    {
                        Ops.CheckArgs(Names[id], argc, kwc, 1, 1);
                        object it = Ops.GetIter(args[0]);
                        object v;
                        while ((v = Ops.Next(it)) != null)
                        {
                            bool t = Ops.IsTrue(v);
                            if (id == Id.All && !t)
                            {
                                return PyBool.False;
                            }
                            if (id == Id.Any && t)
                            {
                                return PyBool.True;
                            }
                        }
                        return PyBool.From(id == Id.All);
                    }
                case Id.Bin:
                    Ops.CheckArgs("bin", argc, kwc, 1, 1);
                    return Numbers.ToBase(IndexValue(args[0]), 2, "0b");
                case Id.Oct:
                    Ops.CheckArgs("oct", argc, kwc, 1, 1);
                    return Numbers.ToBase(IndexValue(args[0]), 8, "0o");
                case Id.Hex:
                    Ops.CheckArgs("hex", argc, kwc, 1, 1);
                    return Numbers.ToBase(IndexValue(args[0]), 16, "0x");
                case Id.Callable:
                    Ops.CheckArgs("callable", argc, kwc, 1, 1);
                    return PyBool.From(Ops.IsCallable(args[0]));
                case Id.Chr:
                    {
                        Ops.CheckArgs("chr", argc, kwc, 1, 1);
                        long c = Ops.ToLong(args[0]);
                        if (c < 0 || c > 0x10FFFF)
                        {
                            throw Err.Value("chr() arg not in range(0x110000)");
                        }
                        if (c < 0x10000)
                        {
                            return Ops.CharToStr((char)c);
                        }
                        c -= 0x10000;
                        return new string(new char[] { (char)(0xD800 + (c >> 10)), (char)(0xDC00 + (c & 0x3FF)) });
                    }
                case Id.Ord:
                    {
                        Ops.CheckArgs("ord", argc, kwc, 1, 1);
                        string s = args[0] as string;
                        if (s != null)
                        {
                            if (s.Length == 1)
                            {
                                return PyInt.Create(s[0]);
                            }
                            if (s.Length == 2 && s[0] >= 0xD800 && s[0] < 0xDC00)
                            {
                                return PyInt.Create(0x10000 + ((s[0] - 0xD800) << 10) + (s[1] - 0xDC00));
                            }
                            throw Err.Type("ord() expected a character, but string of length " + Ops.IntToString(s.Length) + " found");
                        }
                        PyBytes b = args[0] as PyBytes;
                        if (b != null && b.Data.Length == 1)
                        {
                            return PyInt.Create(b.Data[0]);
                        }
                        PyByteArray ba = args[0] as PyByteArray;
                        if (ba != null && ba.Count == 1)
                        {
                            return PyInt.Create(ba.Data[0]);
                        }
                        if (b != null || ba != null)
                        {
                            throw Err.Type("ord() expected a character, but string of length " + Ops.IntToString(Ops.Len(args[0])) + " found");
                        }
                        throw Err.Type("ord() expected string of length 1, but " + Ops.TypeName(args[0]) + " found");
                    }
                case Id.Compile:
                    {
                        if (argc < 3)
                        {
                            throw Err.Type("compile() missing required argument");
                        }
                        string src = SourceText(args[0]);
                        string file = Ops.Str(args[1]);
                        string mode = args[2] as string;
                        int m = mode == "exec" ? CodeRunner.ModeExec : mode == "eval" ? CodeRunner.ModeEval : mode == "single" ? CodeRunner.ModeSingle : -1;
                        if (m < 0)
                        {
                            throw Err.Value("compile() mode must be 'exec', 'eval' or 'single'");
                        }
                        return CodeRunner.Compile(src, file, m);
                    }
                case Id.Eval:
                case Id.Exec:
                    return EvalExec(id == Id.Eval, args, argc, kwc);
                case Id.GetAttr:
                    {
                        if (kwc > 0 || argc < 2 || argc > 3)
                        {
                            throw Err.Type("getattr expected 2 or 3 arguments");
                        }
                        string name = AttrName(args[1], "getattr");
                        if (argc == 3)
                        {
                            PyException err;
                            try
                            {
                                object v = Ops.GetAttrOrNull(args[0], name);
                                return v ?? args[2];
                            }
                            catch (PyException e)
                            {
                                err = e;
                            }
                            // Thrown after the handler (a throw inside one holds a nanoCLR nested-exception slot).
                            if (err.Value.IsInstance(PyExc.AttributeError))
                            {
                                return args[2];
                            }
                            throw err;
                        }
                        return Ops.GetAttr(args[0], name);
                    }
                case Id.HasAttr:
                    {
                        Ops.CheckArgs("hasattr", argc, kwc, 2, 2);
                        string name = AttrName(args[1], "hasattr");
                        PyException err;
                        try
                        {
                            return PyBool.From(Ops.GetAttrOrNull(args[0], name) != null);
                        }
                        catch (PyException e)
                        {
                            err = e;
                        }
                        if (err.Value.IsInstance(PyExc.AttributeError))
                        {
                            return PyBool.False;
                        }
                        throw err;
                    }
                case Id.SetAttr:
                    Ops.CheckArgs("setattr", argc, kwc, 3, 3);
                    Ops.SetAttr(args[0], AttrName(args[1], "setattr"), args[2]);
                    return PyNone.None;
                case Id.DelAttr:
                    Ops.CheckArgs("delattr", argc, kwc, 2, 2);
                    Ops.DelAttr(args[0], AttrName(args[1], "delattr"));
                    return PyNone.None;
                case Id.Dir:
                    Ops.CheckArgs("dir", argc, kwc, 0, 1);
                    return DirOf(argc == 0 ? null : args[0]);
                case Id.DivMod:
                    Ops.CheckArgs("divmod", argc, kwc, 2, 2);
                    return Numbers.DivMod(args[0], args[1]);
                case Id.Globals:
                    {
                        Ops.CheckArgs("globals", argc, kwc, 0, 0);
                        PyDict g = CodeRunner.CurrentGlobals();
                        return g ?? (object)new PyDict();
                    }
                case Id.Locals:
                    {
                        Ops.CheckArgs("locals", argc, kwc, 0, 0);
                        PyDict l = CodeRunner.CurrentLocals();
                        return l ?? (object)new PyDict();
                    }
                case Id.Hash:
                    Ops.CheckArgs("hash", argc, kwc, 1, 1);
                    return PyInt.Create(Ops.Hash(args[0]));
                case Id.ID:
                    Ops.CheckArgs("id", argc, kwc, 1, 1);
                    return PyInt.Create(Ops.IdHash(args[0]) & 0x7FFFFFFFL);
                case Id.Input:
                    {
                        Ops.CheckArgs("input", argc, kwc, 0, 1);
                        if (argc == 1)
                        {
                            Interp.Current.Write(Ops.Str(args[0]));
                            if (Platform.Console != null)
                            {
                                Platform.Console.Flush();
                            }
                        }
                        return ReadLine();
                    }
                case Id.IsInstance:
                    Ops.CheckArgs("isinstance", argc, kwc, 2, 2);
                    return PyBool.From(IsInstanceOf(args[0], args[1]));
                case Id.IsSubclass:
                    {
                        Ops.CheckArgs("issubclass", argc, kwc, 2, 2);
                        PyType t = args[0] as PyType;
                        if (t == null)
                        {
                            throw Err.Type("issubclass() arg 1 must be a class");
                        }
                        return PyBool.From(IsSubclassOf(t, args[1]));
                    }
                case Id.Iter:
                    Ops.CheckArgs("iter", argc, kwc, 1, 2);
                    if (argc == 2)
                    {
                        if (!Ops.IsCallable(args[0]))
                        {
                            throw Err.Type("iter(v, w): v must be callable");
                        }
                        return new PyCallIterator(args[0], args[1]);
                    }
                    return Ops.GetIter(args[0]);
                case Id.Next:
                    {
                        Ops.CheckArgs("next", argc, kwc, 1, 2);
                        PyObject it = args[0] as PyObject;
                        if (it == null || !Ops.IsIterator(it))
                        {
                            throw Err.Type("'" + Ops.TypeName(args[0]) + "' object is not an iterator");
                        }
                        object v;
                        PyGenerator g = it as PyGenerator;
                        if (g != null)
                        {
                            v = g.Resume(PyNone.None, null);
                            if (v == null)
                            {
                                if (argc == 2)
                                {
                                    return args[1];
                                }
                                throw Err.StopIteration(g.ReturnValue);
                            }
                            return v;
                        }
                        v = Ops.Next(it);
                        if (v == null)
                        {
                            if (argc == 2)
                            {
                                return args[1];
                            }
                            throw Err.StopIteration(null);
                        }
                        return v;
                    }
                case Id.Max:
                case Id.Min:
                    return MinMax(id == Id.Max, args, argc, kwc);
                case Id.Open:
                    return PyIOStream.Open(args, argc, kwc, '\0');
                case Id.Pow:
                    Ops.CheckArgs("pow", argc, kwc, 2, 3);
                    if (argc == 3 && args[2] != PyNone.None)
                    {
                        return Numbers.PowMod(args[0], args[1], args[2]);
                    }
                    return Ops.BinaryOp(PyOp.Pow, args[0], args[1]);
                case Id.Round:
                    {
                        object nd = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "ndigits");
                        if (argc < 1 || argc > 2)
                        {
                            throw Err.Type("round() takes at most 2 arguments");
                        }
                        return Numbers.Round(args[0], nd);
                    }
                case Id.Sorted:
                    {
                        if (argc != 1)
                        {
                            throw Err.Type("sorted expected 1 argument, got " + Ops.IntToString(argc));
                        }
                        object[] items = Ops.ToArray(args[0]);
                        object key = Ops.KwArg(args, argc, kwc, "key");
                        object rev = Ops.KwArg(args, argc, kwc, "reverse");
                        for (int k = 0; k < kwc; k++)
                        {
                            string kn = (string)args[argc + 2 * k];
                            if (kn != "key" && kn != "reverse")
                            {
                                throw Err.Type("'" + kn + "' is an invalid keyword argument for sort()");
                            }
                        }
                        Sort.Run(items, items.Length, key, rev != null && Ops.IsTrue(rev));
                        return new PyList(items, items.Length);
                    }
                case Id.Sum:
                    {
                        object start = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "start");
                        if (argc < 1 || argc > 2)
                        {
                            throw Err.Type("sum() takes at most 2 arguments");
                        }
                        object acc = start ?? PyInt.Create(0);
                        if (acc is string)
                        {
                            throw Err.Type("sum() can't sum strings [use ''.join(seq) instead]");
                        }
                        object it = Ops.GetIter(args[0]);
                        object v;
                        PyInt ai = acc as PyInt;
                        if (ai != null)
                        {
                            // Small ints add in a long until an item is something else or the sum overflows; a
                            // generator hands its ints over unboxed.
                            long sum = ai.Value;
                            PyGenerator gen = it as PyGenerator;
                            long bits = 0;
                            while ((v = gen != null ? gen.NextRaw(out bits) : Ops.Next(it)) != null)
                            {
                                long y;
                                if (v == Unboxed.Int)
                                {
                                    y = bits;
                                }
                                else
                                {
                                    if (v == Unboxed.Float)
                                    {
                                        v = new PyFloat(System.BitConverter.Int64BitsToDouble(bits));
                                    }
                                    PyInt pi = v as PyInt;
                                    if (pi == null)
                                    {
                                        acc = Ops.BinaryOp(PyOp.Add, PyInt.Create(sum), v);
                                        goto general;
                                    }
                                    y = pi.Value;
                                }
                                long z = sum + y;
                                if (((sum ^ z) & (y ^ z)) < 0)
                                {
                                    acc = Ops.BinaryOp(PyOp.Add, PyInt.Create(sum), PyInt.Create(y));
                                    goto general;
                                }
                                sum = z;
                            }
                            return PyInt.Create(sum);
                        }
                    general:
                        while ((v = Ops.Next(it)) != null)
                        {
                            acc = Ops.BinaryOp(PyOp.Add, acc, v);
                        }
                        return acc;
                    }
                case Id.Import:
                    {
                        if (argc < 1)
                        {
                            throw Err.Type("__import__() missing required argument 'name'");
                        }
                        PyDict g = argc > 1 ? args[1] as PyDict : null;
                        object from = argc > 3 ? args[3] : Ops.KwArg(args, argc, kwc, "fromlist");
                        object lvl = argc > 4 ? args[4] : Ops.KwArg(args, argc, kwc, "level");
                        bool hasFrom = from != null && from != PyNone.None && Ops.IsTrue(from);
                        return Interp.Current.Import(Ops.Str(args[0]), g, hasFrom, lvl == null ? 0 : (int)Ops.ToLong(lvl));
                    }
                case Id.Help:
                    Ops.CheckArgs("help", argc, kwc, 0, 1);
                    Interp.Current.Write(argc == 0 ? HelpText : HelpOn(args[0]));
                    return PyNone.None;
                case Id.BuildClass:
                    return Vm.BuildClass(args, argc, kwc);
                case Id.Vars:
                    {
                        Ops.CheckArgs("vars", argc, kwc, 0, 1);
                        if (argc == 0)
                        {
                            return CodeRunner.CurrentLocals() ?? (object)new PyDict();
                        }
                        object d = Ops.GetAttrOrNull(args[0], "__dict__");
                        if (d == null)
                        {
                            throw Err.Type("vars() argument must have __dict__ attribute");
                        }
                        return d;
                    }
                case Id.Format:
                    Ops.CheckArgs("format", argc, kwc, 1, 2);
                    return Ops.Format(args[0], argc > 1 ? Ops.Str(args[1]) : "");
            }
            return PyNone.None;
        }

        public const string HelpText =
            "Welcome to MicroPy.Nano, MicroPython for .NET nanoFramework boards!\n\n" +
            "For online docs please visit http://docs.micropython.org/\n\n" +
            "Control commands:\n" +
            "  CTRL-A        -- on a blank line, enter raw REPL mode\n" +
            "  CTRL-B        -- on a blank line, enter normal REPL mode\n" +
            "  CTRL-C        -- interrupt a running program\n" +
            "  CTRL-D        -- on a blank line, do a soft reset of the board\n" +
            "  CTRL-E        -- on a blank line, enter paste mode\n\n" +
            "For further help on a specific object, type help(obj)\n";

        /// <summary>
        /// help(obj) as MicroPython prints it: the object and its type, then the members of the module or class (of
        /// the object's class otherwise) as "  name -- value". help('modules'): the builtin modules, four a line.
        /// </summary>
        private static string HelpOn(object o)
        {
            StrBuf sb = new StrBuf();
            if (o as string == "modules")
            {
                PyList names = new PyList();
                string[] all = Interp.Current.NativeModuleNames();
                for (int i = 0; i < all.Length; i++)
                {
                    if (!names.Contains(all[i]))
                    {
                        names.Append(all[i]);
                    }
                }
                object[] sorted = new object[names.Count];
                System.Array.Copy(names.Items, sorted, names.Count);
                Sort.Run(sorted, sorted.Length, null, false);
                for (int i = 0; i < sorted.Length; i++)
                {
                    string n = (string)sorted[i];
                    sb.Append(n);
                    if (i % 4 == 3 || i == sorted.Length - 1)
                    {
                        sb.Append('\n');
                    }
                    else
                    {
                        for (int k = n.Length; k < 18; k++)
                        {
                            sb.Append(' ');
                        }
                    }
                }
                sb.Append("Plus any modules on the filesystem\n");
                return sb.ToString();
            }
            sb.Append("object ").Append(Ops.Repr(o)).Append(" is of type ").Append(Ops.TypeName(o)).Append('\n');
            object target = o is PyModule || o is PyType ? o : Ops.TypeOf(o);
            PyList members = DirOf(target);
            for (int i = 0; i < members.Count; i++)
            {
                string name = members.Items[i] as string;
                if (name == null || (name.Length > 1 && name[0] == '_' && name[1] == '_' && name != "__name__"))
                {
                    continue;
                }
                object v = Ops.GetAttrOrNull(target, name);
                if (v != null)
                {
                    sb.Append("  ").Append(name).Append(" -- ").Append(Ops.Str(v)).Append('\n');
                }
            }
            return sb.ToString();
        }

        private static object IndexValue(object o)
        {
            if (IntOps.IsInt(o))
            {
                return o;
            }
            if (!(o is PyInstance))
            {
                throw Err.Type("'" + Ops.TypeName(o) + "' object cannot be interpreted as an integer");
            }
            return PyInt.Create(Ops.ToIndex(o));
        }

        private static string AttrName(object o, string fn)
        {
            string s = o as string;
            if (s == null)
            {
                throw Err.Type("attribute name must be string, not '" + Ops.TypeName(o) + "'");
            }
            return s;
        }

        private static string SourceText(object o)
        {
            string s = o as string;
            if (s != null)
            {
                return s;
            }
            PyBytes b = o as PyBytes;
            if (b != null)
            {
                return Utf8.Decode(b.Data);
            }
            throw Err.Type("compile() arg 1 must be a string, bytes or AST object");
        }

        private static object EvalExec(bool eval, object[] args, int argc, int kwc)
        {
            if (argc < 1 || argc > 3)
            {
                throw Err.Type((eval ? "eval" : "exec") + " expected 1 to 3 arguments");
            }
            PyDict globals = argc > 1 && args[1] != PyNone.None ? args[1] as PyDict : null;
            if (argc > 1 && args[1] != PyNone.None && globals == null)
            {
                throw Err.Type("globals must be a dict");
            }
            PyDict locals = argc > 2 && args[2] != PyNone.None ? Ops.NativeSelf(args[2]) as PyDict : null;
            if (argc > 2 && args[2] != PyNone.None && locals == null)
            {
                throw Err.Type("locals must be a mapping");
            }
            if (globals == null)
            {
                globals = CodeRunner.CurrentGlobals() ?? Interp.Current.NewGlobals("__main__");
                if (locals == null)
                {
                    locals = CodeRunner.CurrentLocals();
                }
            }
            if (locals == null)
            {
                locals = globals;
            }
            PyObject code = args[0] as CodeObject;
            if (code == null)
            {
                string src = SourceText(args[0]);
                if (eval)
                {
                    int s = 0;
                    while (s < src.Length && (src[s] == ' ' || src[s] == '\t'))
                    {
                        s++;
                    }
                    src = src.Substring(s);
                }
                code = CodeRunner.Compile(src, "<string>", eval ? CodeRunner.ModeEval : CodeRunner.ModeExec);
            }
            object r = CodeRunner.Run(code, globals, locals);
            return eval ? r : PyNone.None;
        }

        private static object DoPrint(object[] args, int argc, int kwc)
        {
            string sep = " ";
            string end = "\n";
            object file = null;
            for (int k = 0; k < kwc; k++)
            {
                string name = (string)args[argc + 2 * k];
                object v = args[argc + 2 * k + 1];
                switch (name)
                {
                    case "sep":
                        if (v != PyNone.None)
                        {
                            sep = v as string;
                            if (sep == null)
                            {
                                throw Err.Type("sep must be None or a string, not " + Ops.TypeName(v));
                            }
                        }
                        break;
                    case "end":
                        if (v != PyNone.None)
                        {
                            end = v as string;
                            if (end == null)
                            {
                                throw Err.Type("end must be None or a string, not " + Ops.TypeName(v));
                            }
                        }
                        break;
                    case "file":
                        if (v != PyNone.None)
                        {
                            file = v;
                        }
                        break;
                    case "flush":
                        break;
                    default:
                        throw Err.Type("'" + name + "' is an invalid keyword argument for print()");
                }
            }
            if (file != null)
            {
                // Piece by piece, as CPython does, so user write() methods see the same calls.
                for (int i = 0; i < argc; i++)
                {
                    if (i > 0)
                    {
                        Ops.CallMethod1(file, "write", sep);
                    }
                    Ops.CallMethod1(file, "write", Ops.Str(args[i]));
                }
                Ops.CallMethod1(file, "write", end);
                return PyNone.None;
            }
            StrBuf sb = new StrBuf();
            for (int i = 0; i < argc; i++)
            {
                if (i > 0)
                {
                    sb.Append(sep);
                }
                sb.Append(Ops.Str(args[i]));
            }
            sb.Append(end);
            if (file != null)
            {
                Ops.CallMethod1(file, "write", sb.ToString());
            }
            else
            {
                Interp.Current.Write(sb.ToString());
            }
            return PyNone.None;
        }

        private static object ReadLine()
        {
            IConsole con = Platform.Console;
            if (con == null)
            {
                throw Err.Make(PyExc.EOFError, null);
            }
            byte[] buf = new byte[64];
            int n = 0;
            while (true)
            {
                int b = con.ReadByte();
                if (b < 0)
                {
                    if (n == 0)
                    {
                        throw Err.Make(PyExc.EOFError, null);
                    }
                    break;
                }
                if (b == '\n')
                {
                    break;
                }
                if (b == '\r')
                {
                    continue;
                }
                if (n == buf.Length)
                {
                    byte[] g = new byte[n * 2];
                    System.Array.Copy(buf, g, n);
                    buf = g;
                }
                buf[n++] = (byte)b;
            }
            byte[] line = new byte[n];
            System.Array.Copy(buf, line, n);
            return Utf8.Decode(line);
        }

        public static bool IsInstanceOf(object o, object cls)
        {
            PyTuple t = cls as PyTuple;
            if (t != null)
            {
                for (int i = 0; i < t.Items.Length; i++)
                {
                    if (IsInstanceOf(o, t.Items[i]))
                    {
                        return true;
                    }
                }
                return false;
            }
            PyType pt = cls as PyType;
            if (pt == null)
            {
                throw Err.Type("isinstance() arg 2 must be a type, a tuple of types, or a union");
            }
            return Ops.TypeOf(o).IsSubtypeOf(pt);
        }

        private static bool IsSubclassOf(PyType t, object cls)
        {
            PyTuple tup = cls as PyTuple;
            if (tup != null)
            {
                for (int i = 0; i < tup.Items.Length; i++)
                {
                    if (IsSubclassOf(t, tup.Items[i]))
                    {
                        return true;
                    }
                }
                return false;
            }
            PyType pt = cls as PyType;
            if (pt == null)
            {
                throw Err.Type("issubclass() arg 2 must be a class, a tuple of classes, or a union");
            }
            return t.IsSubtypeOf(pt);
        }

        private static object MinMax(bool max, object[] args, int argc, int kwc)
        {
            string fn = max ? "max" : "min";
            object key = null;
            object dflt = null;
            for (int k = 0; k < kwc; k++)
            {
                string n = (string)args[argc + 2 * k];
                if (n == "key")
                {
                    key = args[argc + 2 * k + 1];
                }
                else if (n == "default")
                {
                    dflt = args[argc + 2 * k + 1];
                }
                else
                {
                    throw Err.Type("'" + n + "' is an invalid keyword argument for " + fn + "()");
                }
            }
            if (argc == 0)
            {
                throw Err.Type(fn + " expected at least 1 argument, got 0");
            }
            object it;
            if (argc == 1)
            {
                it = Ops.GetIter(args[0]);
            }
            else
            {
                if (dflt != null)
                {
                    throw Err.Type("Cannot specify a default for " + fn + "() with multiple positional arguments");
                }
                object[] copy = new object[argc];
                System.Array.Copy(args, copy, argc);
                it = new PyTuple(copy).Iter();
            }
            object best = null;
            object bestKey = null;
            object v;
            bool useKey = key != null && key != PyNone.None;
            while ((v = Ops.Next(it)) != null)
            {
                object kv = useKey ? Ops.Call1(key, v) : v;
                if (best == null || (max ? Ops.Lt(bestKey, kv) : Ops.Lt(kv, bestKey)))
                {
                    best = v;
                    bestKey = kv;
                }
            }
            if (best == null)
            {
                if (dflt != null)
                {
                    return dflt;
                }
                throw Err.Value(fn + "() arg is an empty sequence");
            }
            return best;
        }

        /// <summary>dir(): sorted attribute names of the object (or of the current scope).</summary>
        public static PyList DirOf(object o)
        {
            PyDict names = new PyDict();
            if (o == null)
            {
                PyDict l = CodeRunner.CurrentLocals() ?? CodeRunner.CurrentGlobals();
                if (l != null)
                {
                    AddKeys(names, l);
                }
            }
            else
            {
                PyModule m = o as PyModule;
                PyInstance inst = o as PyInstance;
                PyType t = o as PyType;
                if (m != null)
                {
                    AddKeys(names, m.FullDict());
                }
                else
                {
                    if (inst != null && inst.Dict != null)
                    {
                        AddKeys(names, inst.Dict);
                    }
                    PyType cls = t ?? Ops.TypeOf(o);
                    for (int i = 0; i < cls.Mro.Length; i++)
                    {
                        AddKeys(names, cls.Mro[i].Dict);
                    }
                }
            }
            object[] keys = new object[names.Count];
            int n = 0;
            for (int i = names.NextEntry(-1); i >= 0; i = names.NextEntry(i))
            {
                keys[n++] = names.KeyAt(i);
            }
            Sort.Run(keys, n, null, false);
            return new PyList(keys, n);
        }

        private static void AddKeys(PyDict into, PyDict d)
        {
            if (d == null)
            {
                return;
            }
            for (int i = d.NextEntry(-1); i >= 0; i = d.NextEntry(i))
            {
                object k = d.KeyAt(i);
                if (k is string)
                {
                    into.Set(k, PyNone.None);
                }
            }
        }
    }
}
