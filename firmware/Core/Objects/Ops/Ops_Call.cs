namespace MicroPy.Objects
{
    public static partial class Ops
    {
        // Argument buffers for calls made from C#: one per nesting depth, reused, so calls do not allocate.
        private static object[][] s_argBufs = new object[16][];
        private static int s_argDepth;

        public static object[] RentArgs(int n)
        {
            if (s_argDepth == s_argBufs.Length)
            {
                object[][] g = new object[s_argDepth * 2][];
                System.Array.Copy(s_argBufs, g, s_argDepth);
                s_argBufs = g;
            }
            object[] b = s_argBufs[s_argDepth];
            if (b == null || b.Length < n)
            {
                b = new object[n < 8 ? 8 : n];
                s_argBufs[s_argDepth] = b;
            }
            s_argDepth++;
            return b;
        }

        public static void ReturnArgs(object[] b, int n)
        {
            for (int i = 0; i < n; i++)
            {
                b[i] = null;
            }
            s_argDepth--;
        }

        public static object Call(object f, object[] args, int argc, int kwc)
        {
            PyObject p = f as PyObject;
            if (p == null)
            {
                throw Err.Type("'str' object is not callable");
            }
            return p.Call(args, argc, kwc);
        }

        public static object Call0(object f)
        {
            object[] a = RentArgs(1);
            try
            {
                return Call(f, a, 0, 0);
            }
            finally
            {
                ReturnArgs(a, 0);
            }
        }

        public static object Call1(object f, object x)
        {
            object[] a = RentArgs(1);
            a[0] = x;
            try
            {
                return Call(f, a, 1, 0);
            }
            finally
            {
                ReturnArgs(a, 1);
            }
        }

        public static object Call2(object f, object x, object y)
        {
            object[] a = RentArgs(2);
            a[0] = x;
            a[1] = y;
            try
            {
                return Call(f, a, 2, 0);
            }
            finally
            {
                ReturnArgs(a, 2);
            }
        }

        public static object Call3(object f, object x, object y, object z)
        {
            object[] a = RentArgs(3);
            a[0] = x;
            a[1] = y;
            a[2] = z;
            try
            {
                return Call(f, a, 3, 0);
            }
            finally
            {
                ReturnArgs(a, 3);
            }
        }

        /// <summary>Calls f(self, args...) where args are laid out as for PyObject.Call.</summary>
        public static object CallWithSelf(object f, object self, object[] args, int argc, int kwc)
        {
            int total = argc + 2 * kwc;
            object[] a = RentArgs(total + 1);
            a[0] = self;
            System.Array.Copy(args, 0, a, 1, total);
            try
            {
                return Call(f, a, argc + 1, kwc);
            }
            finally
            {
                ReturnArgs(a, total + 1);
            }
        }

        /// <summary>obj.name() — used for special methods of user classes.</summary>
        public static object CallMethod0(object obj, string name)
        {
            object self;
            object f = LoadMethod(obj, name, out self);
            return self != null ? Call1(f, self) : Call0(f);
        }

        public static object CallMethod1(object obj, string name, object x)
        {
            object self;
            object f = LoadMethod(obj, name, out self);
            return self != null ? Call2(f, self, x) : Call1(f, x);
        }

        public static object CallMethod2(object obj, string name, object x, object y)
        {
            object self;
            object f = LoadMethod(obj, name, out self);
            return self != null ? Call3(f, self, x, y) : Call2(f, x, y);
        }

        /// <summary>Keyword argument 'name' of a call, or null.</summary>
        public static object KwArg(object[] args, int argc, int kwc, string name)
        {
            for (int i = 0; i < kwc; i++)
            {
                if ((string)args[argc + 2 * i] == name)
                {
                    return args[argc + 2 * i + 1];
                }
            }
            return null;
        }

        /// <summary>Checks positional count and rejects keywords for simple native functions.</summary>
        public static void CheckArgs(string fn, int argc, int kwc, int min, int max)
        {
            if (kwc != 0)
            {
                throw Err.Type(fn + "() takes no keyword arguments");
            }
            if (argc < min || argc > max)
            {
                throw Err.ArgCount(fn, min, max, argc);
            }
        }

        // ---- construction ----

        /// <summary>Calling a class: native types build through their table; user classes run __new__ and __init__.</summary>
        public static object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            if (!cls.IsUser)
            {
                if (cls.Table == null)
                {
                    throw Err.Type("cannot create '" + cls.Name + "' instances");
                }
                return cls.Table.Construct(cls, args, argc, kwc);
            }
            object obj;
            object newFn = cls.Lookup("__new__");
            bool userNew = newFn is PyFunctionBase || newFn is PyStaticMethod;
            if (userNew)
            {
                if (newFn is PyStaticMethod)
                {
                    newFn = ((PyStaticMethod)newFn).Function;
                }
                obj = CallWithSelf(newFn, cls, args, argc, kwc);
                if (!TypeOf(obj).IsSubtypeOf(cls))
                {
                    return obj;
                }
            }
            else
            {
                obj = CreateInstance(cls, args, argc, kwc);
            }
            object init = cls.Lookup("__init__");
            if (init is PyFunctionBase)
            {
                object r = CallWithSelf(init, obj, args, argc, kwc);
                if (r != (object)PyNone.None)
                {
                    throw Err.Type("__init__() should return None, not '" + TypeName(r) + "'");
                }
            }
            else if (!userNew && (argc > 0 || kwc > 0) && cls.NativeBase == PyType.ObjectType)
            {
                throw Err.Type(cls.Name + "() takes no arguments");
            }
            return obj;
        }

        /// <summary>A bare instance of user class cls (object.__new__).</summary>
        public static object CreateInstance(PyType cls, object[] args, int argc, int kwc)
        {
            PyType nb = cls.NativeBase;
            if (nb == PyType.ObjectType)
            {
                return new PyInstance(cls);
            }
            if (nb == PyType.TypeType)
            {
                // A metaclass: M(name, bases, dict) builds a class whose type is M.
                if (argc != 3)
                {
                    throw Err.Type("type() takes 1 or 3 arguments");
                }
                return MakeClass(args[0], args[1], args[2], cls);
            }
            if (nb.IsSubtypeOf(PyExc.BaseException))
            {
                object[] a = new object[argc];
                System.Array.Copy(args, a, argc);
                return new PyBaseException(cls, a);
            }
            PyInstance inst = new PyInstance(cls);
            // A user __init__ fills a mutable base itself; an immutable one takes its value from the arguments.
            bool userInit = cls.Lookup("__init__") is PyFunctionBase && nb != PyTuple.TypeObject;
            inst.Native = userInit ? nb.Table.Construct(nb, args, 0, 0) : nb.Table.Construct(nb, args, argc, kwc);
            return inst;
        }

        /// <summary>type(name, bases, dict) and the class statement's final step.</summary>
        public static object MakeClass(object name, object bases, object dict, PyType meta)
        {
            string n = name as string;
            if (n == null)
            {
                throw Err.Type("type.__new__() argument 1 must be str");
            }
            object[] b = ToArray(bases);
            PyType[] tb = new PyType[b.Length];
            for (int i = 0; i < b.Length; i++)
            {
                tb[i] = b[i] as PyType;
                if (tb[i] == null)
                {
                    throw Err.Type("bases must be types");
                }
            }
            PyDict d = dict as PyDict;
            if (d == null)
            {
                throw Err.Type("type.__new__() argument 3 must be dict");
            }
            return PyType.CreateClass(n, tb, d, meta);
        }
    }
}
