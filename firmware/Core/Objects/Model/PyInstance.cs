namespace MicroPy.Objects
{
    /// <summary>
    /// Instance of a user class. Special methods are looked up on the class. For a subclass of a builtin
    /// container (class L(list)), Native holds the builtin object that the native methods operate on.
    /// </summary>
    public sealed class PyInstance : PyObject
    {
        private int _identity;

        public override int IdentityHash()
        {
            if (_identity == 0)
            {
                _identity = Ops.NewIdentity();
            }
            return _identity;
        }

        public readonly PyType Class;
        public PyDict Dict;
        public object Native;

        public PyInstance(PyType cls)
        {
            Class = cls;
        }

        public override PyType Type
        {
            get { return Class; }
        }

        private object Special(string name)
        {
            return Class.Lookup(name);
        }

        /// <summary>Calls a special method found on the class with self prepended.</summary>
        private object Invoke(object f, object a)
        {
            if (f is PyStaticMethod)
            {
                return Ops.Call1(((PyStaticMethod)f).Function, a);
            }
            if (f is PyClassMethod)
            {
                return Ops.Call2(((PyClassMethod)f).Function, Class, a);
            }
            return Ops.Call2(f, this, a);
        }

        public override object GetAttr(string name)
        {
            object clsAttr = Class.Lookup(name);
            if (clsAttr is PyProperty)
            {
                return ((PyProperty)clsAttr).Get(this);
            }
            // A descriptor (an instance whose class has __get__) defined in Python: a data descriptor (also
            // __set__ or __delete__) comes before the instance dict, others after it.
            PyInstance d = clsAttr as PyInstance;
            object dget = d != null ? d.Class.Lookup("__get__") : null;
            if (dget != null && (d.Class.Lookup("__set__") != null || d.Class.Lookup("__delete__") != null))
            {
                return Ops.Call3(dget, d, this, Class);
            }
            if (Dict != null)
            {
                object v = Dict.GetStr(name);
                if (v != null)
                {
                    return v;
                }
            }
            if (dget != null)
            {
                return Ops.Call3(dget, d, this, Class);
            }
            if (clsAttr != null)
            {
                return Ops.BindInstanceAttr(clsAttr, this);
            }
            switch (name)
            {
                case "__class__":
                    return Class;
                case "__dict__":
                    if (Dict == null)
                    {
                        Dict = new PyDict();
                    }
                    return Dict;
            }
            if (Native != null)
            {
                object nv = Ops.GetAttrOrNull(Native, name);
                if (nv != null)
                {
                    return nv;
                }
            }
            object ga = Class.Lookup("__getattr__");
            if (ga != null)
            {
                return Invoke(ga, name);
            }
            return null;
        }

        public override bool SetAttr(string name, object value)
        {
            if (Class == PyType.ObjectType)
            {
                return false;
            }
            object sa = Class.Lookup("__setattr__");
            if (sa != null && !(sa is PyNativeFunction))
            {
                Ops.Call3(sa, this, name, value);
                return true;
            }
            return SetAttrDirect(name, value);
        }

        /// <summary>object.__setattr__: properties first, then the instance dict.</summary>
        public bool SetAttrDirect(string name, object value)
        {
            object ca = Class.Lookup(name);
            PyProperty prop = ca as PyProperty;
            if (prop != null)
            {
                prop.Set(this, value);
                return true;
            }
            object dset = ca is PyInstance ? ((PyInstance)ca).Class.Lookup("__set__") : null;
            if (dset != null)
            {
                Ops.Call3(dset, ca, this, value);
                return true;
            }
            if (Dict == null)
            {
                Dict = new PyDict();
            }
            Dict.SetStr(name, value);
            return true;
        }

        public override bool DelAttr(string name)
        {
            object da = Class.Lookup("__delattr__");
            if (da != null && !(da is PyNativeFunction))
            {
                Ops.Call2(da, this, name);
                return true;
            }
            object ca = Class.Lookup(name);
            PyProperty prop = ca as PyProperty;
            if (prop != null)
            {
                prop.Delete(this);
                return true;
            }
            object ddel = ca is PyInstance ? ((PyInstance)ca).Class.Lookup("__delete__") : null;
            if (ddel != null)
            {
                Ops.Call2(ddel, ca, this);
                return true;
            }
            return Dict != null && Dict.Remove(name);
        }

        public override object BinaryOp(int op, object other)
        {
            object f = Special(PyOp.Dunder(op, 0));
            if (f != null)
            {
                return Invoke(f, other);
            }
            if (Native != null)
            {
                return Ops.BinaryOp(op, Native, other);
            }
            return Ops.NotImplemented;
        }

        public override object ReflectedOp(int op, object other)
        {
            object f = Special(PyOp.Dunder(op, 1));
            if (f != null)
            {
                return Invoke(f, other);
            }
            return Ops.NotImplemented;
        }

        public override object InplaceOp(int op, object other)
        {
            object f = Special(PyOp.Dunder(op, 2));
            if (f != null)
            {
                return Invoke(f, other);
            }
            if (Native != null)
            {
                PyObject pn = Native as PyObject;
                if (pn != null)
                {
                    object r = pn.InplaceOp(op, other);
                    if (r == Native)
                    {
                        return this;
                    }
                    return r;
                }
            }
            return Ops.NotImplemented;
        }

        public override object UnaryOp(int op)
        {
            object f = Special(PyOp.Dunder(op, 0));
            if (f != null)
            {
                return Ops.Call1(f, this);
            }
            if (Native != null)
            {
                return Ops.UnaryOp(op, Native);
            }
            return Ops.NotImplemented;
        }

        public override object Compare(int op, object other)
        {
            object f = Special(PyOp.Dunder(op, 0));
            if (f != null && !(f is PyNativeFunction && ((PyNativeFunction)f).Table is ObjectTable))
            {
                return Invoke(f, other);
            }
            if (op == PyOp.Ne)
            {
                object eq = Special("__eq__");
                if (eq != null && !(eq is PyNativeFunction))
                {
                    object r = Invoke(eq, other);
                    if (r == (object)Ops.NotImplemented)
                    {
                        return r;
                    }
                    return PyBool.From(!Ops.IsTrue(r));
                }
            }
            if (Native != null)
            {
                PyInstance oi = other as PyInstance;
                return Ops.Compare(op, Native, oi != null && oi.Native != null ? oi.Native : other);
            }
            return base.Compare(op, other);
        }

        public override bool IsTrue()
        {
            object f = Special("__bool__");
            if (f != null)
            {
                object r = Ops.Call1(f, this);
                if (!(r is PyBool))
                {
                    throw Err.Type("__bool__ should return bool, returned " + Ops.TypeName(r));
                }
                return ((PyBool)r).Value;
            }
            f = Special("__len__");
            if (f != null)
            {
                return Len() != 0;
            }
            if (Native != null)
            {
                return Ops.IsTrue(Native);
            }
            return true;
        }

        public override int Hash()
        {
            object f = Special("__hash__");
            if (f == PyNone.None)
            {
                throw Err.Type("unhashable type: '" + Class.Name + "'");
            }
            if (f != null && !(f is PyNativeFunction))
            {
                object r = Ops.Call1(f, this);
                if (!(r is PyInt || r is PyBigInt || r is PyBool))
                {
                    throw Err.Type("__hash__ method should return an integer");
                }
                // A big int is reduced as hash() reduces it (CPython and MicroPython alike).
                return Ops.Hash(r);
            }
            object eq = Special("__eq__");
            if (eq != null && !(eq is PyNativeFunction))
            {
                // Defining __eq__ without __hash__ makes instances unhashable (Python 3 rule).
                throw Err.Type("unhashable type: '" + Class.Name + "'");
            }
            if (Native != null)
            {
                return Ops.Hash(Native);
            }
            return base.Hash();
        }

        public override string Repr()
        {
            object f = Special("__repr__");
            if (f != null && !(f is PyNativeFunction))
            {
                object r = Ops.Call1(f, this);
                string s = r as string;
                if (s == null)
                {
                    throw Err.Type("__repr__ returned non-string (type " + Ops.TypeName(r) + ")");
                }
                return s;
            }
            if (Native != null)
            {
                ISubclassRepr ns = Native as ISubclassRepr;
                return ns != null ? ns.ReprAs(Type.Name) : Ops.Repr(Native);
            }
            return DefaultRepr();
        }

        public string DefaultRepr()
        {
            string mod = Class.Module;
            string prefix = mod != null && mod != "builtins" ? mod + "." : "";
            return "<" + prefix + Class.Name + " object at 0x" + Ops.HexId(this) + ">";
        }

        public override string Str()
        {
            object f = Special("__str__");
            if (f != null && !(f is PyNativeFunction))
            {
                object r = Ops.Call1(f, this);
                string s = r as string;
                if (s == null)
                {
                    throw Err.Type("__str__ returned non-string (type " + Ops.TypeName(r) + ")");
                }
                return s;
            }
            if (Native != null && !(Native is ISubclassRepr) && Special("__repr__") is PyNativeFunction)
            {
                return Ops.Str(Native);
            }
            return Repr();
        }

        public override int Len()
        {
            object f = Special("__len__");
            if (f != null)
            {
                long n = Ops.ToLong(Ops.Call1(f, this));
                if (n < 0)
                {
                    throw Err.Value("__len__() should return >= 0");
                }
                return (int)n;
            }
            if (Native != null)
            {
                return Ops.Len(Native);
            }
            return -1;
        }

        public override object GetItem(object key)
        {
            object f = Special("__getitem__");
            if (f != null && !(f is PyNativeFunction))
            {
                return Invoke(f, key);
            }
            if (Native != null)
            {
                PyDict nd = Native as PyDict;
                object missing = nd != null ? Special("__missing__") : null;
                if (missing != null)
                {
                    return nd.Get(key) ?? Invoke(missing, key);
                }
                return Ops.GetItem(Native, key);
            }
            return base.GetItem(key);
        }

        public override void SetItem(object key, object value)
        {
            object f = Special("__setitem__");
            if (f != null && !(f is PyNativeFunction))
            {
                Ops.Call3(f, this, key, value);
                return;
            }
            if (Native != null)
            {
                Ops.SetItem(Native, key, value);
                return;
            }
            base.SetItem(key, value);
        }

        public override void DelItem(object key)
        {
            object f = Special("__delitem__");
            if (f != null && !(f is PyNativeFunction))
            {
                Invoke(f, key);
                return;
            }
            if (Native != null)
            {
                Ops.DelItem(Native, key);
                return;
            }
            base.DelItem(key);
        }

        public override bool Contains(object item)
        {
            object f = Special("__contains__");
            if (f != null && !(f is PyNativeFunction))
            {
                return Ops.IsTrue(Invoke(f, item));
            }
            if (Native != null && Special("__iter__") == null)
            {
                return Ops.Contains(Native, item);
            }
            if (Special("__iter__") == null && Special("__getitem__") != null)
            {
                // old sequence protocol
                for (int i = 0; ; i++)
                {
                    object x;
                    PyException err = null;
                    try
                    {
                        x = GetItem(PyInt.Create(i));
                    }
                    catch (PyException e)
                    {
                        x = null;
                        err = e;
                    }
                    if (err != null)
                    {
                        // Thrown after the handler: a throw inside it holds a nanoCLR nested-exception slot.
                        if (err.Value.IsInstance(PyExc.IndexError))
                        {
                            return false;
                        }
                        throw err;
                    }
                    if (Ops.Eq(x, item))
                    {
                        return true;
                    }
                }
            }
            return base.Contains(item);
        }

        public override object Iter()
        {
            object f = Special("__iter__");
            if (f != null && !(f is PyNativeFunction))
            {
                object it = Ops.Call1(f, this);
                return it;
            }
            if (Native != null)
            {
                return Ops.GetIter(Native);
            }
            if (Special("__getitem__") != null)
            {
                return new PySeqGetItemIterator(this);
            }
            return base.Iter();
        }

        public override object Next()
        {
            object f = Special("__next__");
            if (f != null)
            {
                PyException err;
                try
                {
                    return Ops.Call1(f, this);
                }
                catch (PyException e)
                {
                    err = e;
                }
                // Thrown after the handler: iterators calling next() of iterators nest (one nanoCLR slot each).
                if (err.Value.IsInstance(PyExc.StopIteration))
                {
                    return null;
                }
                throw err;
            }
            return base.Next();
        }

        public override object Call(object[] args, int argc, int kwc)
        {
            object f = Special("__call__");
            if (f != null)
            {
                return Ops.CallWithSelf(f, this, args, argc, kwc);
            }
            // A subclass of a callable native type (machine.Pin) is callable as its native part is.
            PyObject native = Native as PyObject;
            return native != null && Ops.IsCallable(native) ? native.Call(args, argc, kwc) : base.Call(args, argc, kwc);
        }
    }
}
