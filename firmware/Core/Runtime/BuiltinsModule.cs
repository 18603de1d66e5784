namespace MicroPy.Core
{
    /// <summary>The builtins module. (Builtins owner: complete with every builtin of the seed.)</summary>
    public sealed class BuiltinsModule : NativeModule
    {
        public static readonly BuiltinsModule Instance = new BuiltinsModule();

        private BuiltinsModule() : base("builtins", new string[] { "print", "repr", "len" })
        {
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            switch (id)
            {
                case 0:
                    {
                        StrBuf sb = new StrBuf();
                        for (int i = 0; i < argc; i++)
                        {
                            if (i > 0)
                            {
                                sb.Append(' ');
                            }
                            sb.Append(Ops.Str(args[i]));
                        }
                        sb.Append('\n');
                        Interp.Current.Write(sb.ToString());
                        return PyNone.None;
                    }
                case 1:
                    return Ops.Repr(args[0]);
                case 2:
                    return PyInt.Create(Ops.Len(args[0]));
            }
            return PyNone.None;
        }

        public override void Init(PyModule module, PyDict dict)
        {
            dict.SetStr("object", PyType.ObjectType);
            dict.SetStr("type", PyType.TypeType);
            dict.SetStr("int", PyInt.TypeObject);
            dict.SetStr("bool", PyBool.TypeObject);
            dict.SetStr("float", PyFloat.TypeObject);
            dict.SetStr("str", PyStr.TypeObject);
            dict.SetStr("list", PyList.TypeObject);
            dict.SetStr("tuple", PyTuple.TypeObject);
            dict.SetStr("dict", PyDict.TypeObject);
            dict.SetStr("property", PyProperty.TypeObject);
            dict.SetStr("classmethod", PyClassMethod.TypeObject);
            dict.SetStr("staticmethod", PyStaticMethod.TypeObject);
            dict.SetStr("super", PySuper.TypeObject);
            dict.SetStr("NotImplemented", Ops.NotImplemented);
            dict.SetStr("Ellipsis", Ops.Ellipsis);
            PyType[] exc = PyExc.All;
            for (int i = 0; i < exc.Length; i++)
            {
                dict.SetStr(exc[i].Name, exc[i]);
            }
        }
    }
}
