namespace MicroPy.Objects
{
    public static partial class Ops
    {
        /// <summary>getattr(o, name); raises AttributeError.</summary>
        public static object GetAttr(object o, string name)
        {
            object v = GetAttrOrNull(o, name);
            if (v == null)
            {
                throw Err.NoAttribute(o, name);
            }
            return v;
        }

        /// <summary>getattr(o, name) or null when absent.</summary>
        public static object GetAttrOrNull(object o, string name)
        {
            PyObject p = o as PyObject;
            if (p != null)
            {
                return p.GetAttr(name);
            }
            object v = PyStr.TypeObject.Lookup(name);
            if (v != null)
            {
                return BindInstanceAttr(v, o);
            }
            if (name == "__class__")
            {
                return PyStr.TypeObject;
            }
            return null;
        }

        public static void SetAttr(object o, string name, object value)
        {
            PyObject p = o as PyObject;
            if (p == null || !p.SetAttr(name, value))
            {
                throw Err.Attribute("'" + TypeName(o) + "' object has no attribute '" + name + "'");
            }
        }

        public static void DelAttr(object o, string name)
        {
            PyObject p = o as PyObject;
            if (p == null || !p.DelAttr(name))
            {
                throw Err.NoAttribute(o, name);
            }
        }

        /// <summary>Default attribute lookup for builtin objects: the type's MRO, bound to o.</summary>
        public static object GenericGetAttr(PyObject o, string name)
        {
            PyType t = o.Type;
            object v = t.Lookup(name);
            if (v != null)
            {
                return BindInstanceAttr(v, o);
            }
            if (name == "__class__")
            {
                return t;
            }
            if (name.Length > 4 && name[0] == '_' && name[1] == '_' && !(o is PyInstance))
            {
                return PyOpMethod.Find(o, name);
            }
            return null;
        }

        /// <summary>A class attribute v found for instance obj: functions bind, properties run, static/class methods unwrap.</summary>
        public static object BindInstanceAttr(object v, object obj)
        {
            PyObject pv = v as PyObject;
            if (pv == null)
            {
                return v;
            }
            if (pv is PyFunctionBase)
            {
                return new PyBoundMethod(obj, v);
            }
            PyNativeFunction nf = pv as PyNativeFunction;
            if (nf != null)
            {
                if (nf.Kind == NativeTable.MemberMethod && nf.Owner != null)
                {
                    return new PyBoundMethod(obj, v);
                }
                if (nf.Kind == NativeTable.MemberClass)
                {
                    return new PyBoundMethod(TypeOf(obj), v);
                }
                return v;
            }
            PyProperty prop = pv as PyProperty;
            if (prop != null)
            {
                return prop.Get(obj);
            }
            PyClassMethod cm = pv as PyClassMethod;
            if (cm != null)
            {
                return new PyBoundMethod(TypeOf(obj), cm.Function);
            }
            PyStaticMethod sm = pv as PyStaticMethod;
            if (sm != null)
            {
                return sm.Function;
            }
            return v;
        }

        /// <summary>A class attribute v read through the class itself (C.attr).</summary>
        public static object BindClassAttr(object v, PyType cls)
        {
            PyClassMethod cm = v as PyClassMethod;
            if (cm != null)
            {
                return new PyBoundMethod(cls, cm.Function);
            }
            PyStaticMethod sm = v as PyStaticMethod;
            if (sm != null)
            {
                return sm.Function;
            }
            PyNativeFunction nf = v as PyNativeFunction;
            if (nf != null && nf.Kind == NativeTable.MemberClass)
            {
                return new PyBoundMethod(cls, v);
            }
            return v;
        }

        /// <summary>
        /// obj.name for an immediate call, without allocating a bound method: returns the callable and sets
        /// self to obj when the callable expects obj as its first argument (else self is null).
        /// </summary>
        public static object LoadMethod(object obj, string name, out object self)
        {
            PyType t;
            PyInstance inst = obj as PyInstance;
            if (inst != null)
            {
                if (inst.Dict != null)
                {
                    object own = inst.Dict.GetStr(name);
                    if (own != null)
                    {
                        object clsAttr = inst.Class.Lookup(name);
                        if (!(clsAttr is PyProperty))
                        {
                            self = null;
                            return own;
                        }
                    }
                }
                t = inst.Class;
            }
            else if (obj is PyType || obj is PyModule || obj is PyBaseException || obj is PySuper || obj is PyFunctionBase)
            {
                self = null;
                return GetAttr(obj, name);
            }
            else
            {
                t = TypeOf(obj);
            }
            object v = t.Lookup(name);
            if (v != null)
            {
                if (v is PyFunctionBase)
                {
                    self = obj;
                    return v;
                }
                PyNativeFunction nf = v as PyNativeFunction;
                if (nf != null && nf.Kind == NativeTable.MemberMethod && nf.Owner != null)
                {
                    self = obj;
                    return v;
                }
            }
            self = null;
            return GetAttr(obj, name);
        }
    }
}
