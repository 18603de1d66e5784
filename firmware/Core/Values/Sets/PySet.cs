using MicroPy.Objects;

namespace MicroPy.Values
{
    /// <summary>set and frozenset over a SetHash (CPython's set algorithm, hence CPython's iteration order).</summary>
    public sealed class PySet : PyObject, IPlainValue, ISubclassRepr
    {
        private static PyType s_setType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType SetType
        {
            get { return s_setType ?? (s_setType = PyType.Native("set", TypeTables.Set, null)); }
        }

        private static PyType s_frozenSetType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType FrozenSetType
        {
            get { return s_frozenSetType ?? (s_frozenSetType = PyType.Native("frozenset", TypeTables.Set, null)); }
        }

        public readonly SetHash Table;
        public readonly bool Frozen;
        private PyType _type;

        public PySet() : this(false)
        {
        }

        public PySet(bool frozen)
        {
            Table = new SetHash();
            Frozen = frozen;
        }

        public PySet(bool frozen, PyType type) : this(frozen)
        {
            _type = type;
        }

        public override PyType Type
        {
            get { return _type ?? (Frozen ? FrozenSetType : SetType); }
        }

        public int Count
        {
            get { return Table.Count; }
        }

        public void Add(object item)
        {
            Table.Add(item);
        }

        public bool Has(object item)
        {
            return Table.Contains(item);
        }

        public bool Discard(object item)
        {
            return Table.Remove(item);
        }

        public override int Len()
        {
            return Table.Count;
        }

        public override bool IsTrue()
        {
            return Table.Count > 0;
        }

        public override bool Contains(object item)
        {
            PySet s = item as PySet;
            if (s != null && !s.Frozen)
            {
                // A set looked up as an element means the equal frozenset.
                return Table.Contains(SetOps.ToFrozen(s));
            }
            return Table.Contains(item);
        }

        public override object Iter()
        {
            return new PySetIterator(this);
        }

        public override int Hash()
        {
            if (!Frozen)
            {
                throw Err.Type("unhashable type: 'set'");
            }
            int h = 0x345678;
            Ops.NativeEnter();
            try
            {
                for (int i = Table.NextEntry(-1); i >= 0; i = Table.NextEntry(i))
                {
                    h ^= Ops.Hash(Table.KeyAt(i)) * 0x1f3;
                }
            }
            finally
            {
                Ops.NativeLeave();
            }
            return h;
        }

        public override string Repr()
        {
            return ReprWith(Type.Name, !Frozen && _type == null);
        }

        public override void ReprInto(StrBuf sb)
        {
            ReprWith(sb, Type.Name, !Frozen && _type == null);
        }

        /// <summary>repr as the native part of an instance of a subclass: name({..}), name() when empty.</summary>
        public string ReprAs(string typeName)
        {
            return ReprWith(typeName, false);
        }

        /// <summary>repr as {..} when plain, else name({..}); name() when empty (user subclasses pass their name).</summary>
        public string ReprWith(string name, bool plain)
        {
            StrBuf sb = new StrBuf();
            ReprWith(sb, name, plain);
            return sb.ToString();
        }

        private void ReprWith(StrBuf sb, string name, bool plain)
        {
            if (Table.Count == 0)
            {
                sb.Append(name).Append("()");
                return;
            }
            if (!Ops.ReprEnter(this))
            {
                sb.Append(name).Append("(...)");
                return;
            }
            try
            {
                if (!plain)
                {
                    sb.Append(name).Append('(');
                }
                sb.Append('{');
                bool first = true;
                for (int i = Table.NextEntry(-1); i >= 0; i = Table.NextEntry(i))
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }
                    first = false;
                    Ops.ReprInto(Table.KeyAt(i), sb);
                }
                sb.Append('}');
                if (!plain)
                {
                    sb.Append(')');
                }
            }
            finally
            {
                Ops.ReprLeave(this);
            }
        }

        public override object BinaryOp(int op, object other)
        {
            return SetOps.Operator(this, op, other, false);
        }

        public override object InplaceOp(int op, object other)
        {
            return SetOps.Operator(this, op, other, true);
        }

        public override object Compare(int op, object other)
        {
            return SetOps.CompareSets(this, op, other);
        }
    }
}
