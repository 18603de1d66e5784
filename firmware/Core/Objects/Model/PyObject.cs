namespace MicroPy.Objects
{
    /// <summary>
    /// Base of every Python object except str, which is a plain C# string.
    /// Values are C# object references: string (str), PyInt/PyBigInt/PyBool/PyFloat/PyComplex,
    /// PyNone.None, containers, PyType, functions... A C# null is never a Python value:
    /// methods use it to say "absent" (no attribute, iterator exhausted).
    /// Every virtual has a Python-correct default so a type overrides only what it supports.
    /// </summary>
    public abstract class PyObject
    {
        /// <summary>With the GC disabled, each object takes a block of the held heap (see HeapHold); types do not
        /// (builtin ones are in ROM on MicroPython, and they are made on first use here).</summary>
        protected PyObject()
        {
            if (HeapHold.Blocks >= 0 && !(this is PyType))
            {
                HeapHold.Take(HeapHold.BlockBytes);
            }
        }

        public abstract PyType Type { get; }

        /// <summary>Attribute read. Returns null when absent (caller raises AttributeError).</summary>
        public virtual object GetAttr(string name)
        {
            return Ops.GenericGetAttr(this, name);
        }

        /// <summary>Attribute write. Returns false when the object does not allow it.</summary>
        public virtual bool SetAttr(string name, object value)
        {
            return false;
        }

        public virtual bool DelAttr(string name)
        {
            return false;
        }

        /// <summary>self (op) other for PyOp.Add..PyOp.FloorDiv. Returns Ops.NotImplemented if unsupported.</summary>
        public virtual object BinaryOp(int op, object other)
        {
            return Ops.NotImplemented;
        }

        /// <summary>other (op) self: the reflected form. Returns Ops.NotImplemented if unsupported.</summary>
        public virtual object ReflectedOp(int op, object other)
        {
            return Ops.NotImplemented;
        }

        /// <summary>self (op)= other. Returns Ops.NotImplemented to fall back to BinaryOp.</summary>
        public virtual object InplaceOp(int op, object other)
        {
            return Ops.NotImplemented;
        }

        /// <summary>PyOp.Neg, PyOp.Pos, PyOp.Invert. Returns Ops.NotImplemented if unsupported.</summary>
        public virtual object UnaryOp(int op)
        {
            return Ops.NotImplemented;
        }

        /// <summary>Rich comparison PyOp.Lt..PyOp.Ge. Returns Ops.NotImplemented if unsupported.</summary>
        public virtual object Compare(int op, object other)
        {
            if (op == PyOp.Eq)
            {
                return other == (object)this ? PyBool.True : Ops.NotImplemented;
            }
            if (op == PyOp.Ne)
            {
                return other == (object)this ? PyBool.False : Ops.NotImplemented;
            }
            return Ops.NotImplemented;
        }

        public virtual bool IsTrue()
        {
            int n = Len();
            return n != 0;
        }

        /// <summary>Python hash. Default: identity. Unhashable types throw TypeError.</summary>
        public virtual int Hash()
        {
            return Ops.IdHash(this);
        }

        /// <summary>
        /// Identity hash (also id()). nanoCLR's object.GetHashCode hashes the fields recursively (it changes with the
        /// object's state and overflows the stack on cyclic objects), so types hashed by identity keep their own id
        /// (PyInstance, PyType, PyFunction, PyModule); the rest share their type's id on nanoCLR (equal hashes, still correct for dict/set).
        /// </summary>
        public virtual int IdentityHash()
        {
#if NANOFRAMEWORK_1_0
            return Type.IdentityHash();
#else
            return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
#endif
        }

        public virtual string Repr()
        {
            return "<" + Type.Name + " object>";
        }

        /// <summary>Appends repr(self) to sb: containers write their items into the same buffer (see Ops.ReprInto).</summary>
        public virtual void ReprInto(StrBuf sb)
        {
            sb.Append(Repr());
        }

        public virtual string Str()
        {
            return Repr();
        }

        /// <summary>len(); -1 means "has no len" (and IsTrue treats the object as true).</summary>
        public virtual int Len()
        {
            return -1;
        }

        public virtual object GetItem(object key)
        {
            throw Err.Type("'" + Type.Name + "' object is not subscriptable");
        }

        public virtual void SetItem(object key, object value)
        {
            throw Err.Type("'" + Type.Name + "' object does not support item assignment");
        }

        public virtual void DelItem(object key)
        {
            throw Err.Type("'" + Type.Name + "' object does not support item deletion");
        }

        /// <summary>Buffer protocol for types other than bytes/bytearray/memoryview (e.g. array): the live storage,
        /// its used length in bytes and the size of one item; null when the object has no buffer.</summary>
        public virtual byte[] Buffer(out int length, out int itemSize)
        {
            length = 0;
            itemSize = 1;
            return null;
        }

        /// <summary>'in' operator. Default iterates.</summary>
        public virtual bool Contains(object item)
        {
            object it = Iter();
            object x;
            while ((x = Ops.Next(it)) != null)
            {
                if (Ops.Eq(x, item))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>iter(self). Iterators return themselves.</summary>
        public virtual object Iter()
        {
            throw Err.Type("'" + Type.Name + "' object is not iterable");
        }

        /// <summary>next(self): the next value, or null when exhausted (no StopIteration is allocated).</summary>
        public virtual object Next()
        {
            throw Err.Type("'" + Type.Name + "' object is not an iterator");
        }

        /// <summary>
        /// Call with args[0..argc) positional, then kwc (name, value) pairs at args[argc + 2*i], args[argc + 2*i + 1].
        /// The array belongs to the caller and is reused: copy what you keep.
        /// </summary>
        public virtual object Call(object[] args, int argc, int kwc)
        {
            throw Err.Type("'" + Type.Name + "' object is not callable");
        }
    }
}
