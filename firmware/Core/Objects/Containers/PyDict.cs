namespace MicroPy.Objects
{
    /// <summary>
    /// dict: insertion-ordered hash table (compact layout: entry arrays in insertion order plus an open-addressed
    /// index of int slots). String keys take a fast path (reference, then ordinal equality).
    /// </summary>
    public sealed class PyDict : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("dict", TypeTables.Dict, null)); }
        }

        /// <summary>ucollections.OrderedDict: a dict (dicts keep insertion order) with its own type and repr.</summary>
        private static PyType s_orderedDictType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType OrderedDictType
        {
            get { return s_orderedDictType ?? (s_orderedDictType = PyType.Native("OrderedDict", TypeTables.OrderedDict, TypeObject)); }
        }

        /// <summary>Set for OrderedDict instances.</summary>
        public PyType TypeOverride;

        /// <summary>The entries, public for the VM's cached lookups (a call costs more than the lookup on
        /// nanoCLR). Read-only outside this class. EntryValues holds Unboxed.Int/Unboxed.Float where the value is
        /// unboxed in EntryBits (stored by the VM; EntryBits is allocated on the first unboxed store).</summary>
        public object[] EntryKeys;
        public object[] EntryValues;
        public long[] EntryBits;
        private int[] _hashes;
        private int[] _index;   // -1 empty, -2 deleted, else entry number
        private int _used;      // entries written (incl. deleted)
        private int _count;     // live entries
        private int _fill;      // index slots not empty (live + deleted)

        /// <summary>Changes whenever the key set or the entry layout changes (not on value updates): lets the VM
        /// cache the entry index of a global name.</summary>
        public int Version;

        /// <summary>One bit (BloomBit) per key ever inserted: a name whose bit is clear is not a key. Lets
        /// the VM see that an instance dict lacks a method's name without hashing the name.</summary>
        public int KeyBloom;

        /// <summary>The KeyBloom bit of a key hash: the top 5 bits of a Fibonacci mix (the low bits of the str hash
        /// mostly follow the last character).</summary>
        public static int BloomBit(int hash)
        {
            return 1 << (int)(((uint)hash * 2654435769u) >> 27);
        }

        /// <summary>Set on the member dicts of types: any write to one bumps ClassEpoch.</summary>
        public bool IsClassDict;

        /// <summary>Changes on every write to any type's member dict: attribute lookup caches keyed by type compare it.</summary>
        public static int ClassEpoch;

        /// <summary>Changes with ClassEpoch and whenever a dict's entry arrays are replaced (Resize, Clear) or
        /// EntryBits is allocated, or an entry is deleted: compiled code that remembers an instance's entry position and arrays
        /// for the activation (Translator's attribute memo) compares it alone.</summary>
        public static int ShapeEpoch;

        public PyDict() : this(8)
        {
        }

        public PyDict(int capacity)
        {
            int cap = 8;
            while (cap * 2 < capacity * 3)
            {
                cap <<= 1;
            }
            Init(cap);
        }

        private void Init(int indexSize)
        {
            Err.Reserve(indexSize, 24);
            Version++;
            _index = new int[indexSize];
            for (int i = 0; i < indexSize; i++)
            {
                _index[i] = -1;
            }
            int entries = (indexSize * 2) / 3 + 1;
            EntryKeys = new object[entries];
            EntryValues = new object[entries];
            EntryBits = null;
            _hashes = new int[entries];
            _used = 0;
            _count = 0;
            _fill = 0;
        }

        public override PyType Type
        {
            get { return TypeOverride ?? TypeObject; }
        }

        public int Count
        {
            get { return _count; }
        }

        private int FindSlot(object key, int hash)
        {
            int mask = _index.Length - 1;
            int i = hash & mask;
            int perturb = hash & 0x7fffffff;
            string skey = key as string;
            while (true)
            {
                int e = _index[i];
                if (e == -1)
                {
                    return -1 - i;
                }
                if (e >= 0 && _hashes[e] == hash)
                {
                    object k = EntryKeys[e];
                    if (k == key)
                    {
                        return i;
                    }
                    if (skey != null)
                    {
                        string sk = k as string;
                        if (sk != null && sk.Length == skey.Length && string.Equals(sk, skey))
                        {
                            return i;
                        }
                    }
                    else
                    {
                        // key's __eq__ may change this dict: then look again in what it has become.
                        int version = Version;
                        bool eq = Ops.Eq(k, key);
                        if (version != Version)
                        {
                            mask = _index.Length - 1;
                            i = hash & mask;
                            perturb = hash & 0x7fffffff;
                            continue;
                        }
                        if (eq)
                        {
                            return i;
                        }
                    }
                }
                perturb >>= 5;
                i = (i * 5 + perturb + 1) & mask;
            }
        }

        /// <summary>Value for key, or null if absent.</summary>
        public object Get(object key)
        {
            int slot = FindSlot(key, Ops.Hash(key));
            return slot >= 0 ? ValueAt(_index[slot]) : null;
        }

        /// <summary>Entry position of a str key (for ValueAt), or -1 if absent.</summary>
        public int EntryOfStr(string key)
        {
            int slot = FindSlot(key, PyStr.Hash(key));
            return slot >= 0 ? _index[slot] : -1;
        }

        public object GetStr(string key)
        {
            int slot = FindSlot(key, PyStr.Hash(key));
            return slot >= 0 ? ValueAt(_index[slot]) : null;
        }

        public void Set(object key, object value)
        {
            Insert(key, Ops.Hash(key), value);
        }

        public void SetStr(string key, object value)
        {
            Insert(key, PyStr.Hash(key), value);
        }

        /// <summary>Binds key to value; returns the entry.</summary>
        private int Insert(object key, int hash, object value)
        {
            int slot = FindSlot(key, hash);
            while (slot < 0 && (_used == EntryKeys.Length || (_fill + 1) * 3 >= _index.Length * 2))
            {
                Resize();
                // Looking again may run key's __eq__, which may fill the table again.
                slot = FindSlot(key, hash);
            }
            if (IsClassDict)
            {
                ClassEpoch++;
                ShapeEpoch++;
            }
            if (slot >= 0)
            {
                int old = _index[slot];
#if NANOFRAMEWORK_1_0
                EntryValues[old] = value;
#else
                RefStore.Put(EntryValues, old, value);
#endif
                return old;
            }
            int free = -1 - slot;
            Version++;
            KeyBloom |= BloomBit(hash);
            int e = _used++;
#if NANOFRAMEWORK_1_0
            EntryKeys[e] = key;
            EntryValues[e] = value;
#else
            RefStore.Put(EntryKeys, e, key);
            RefStore.Put(EntryValues, e, value);
#endif
            _hashes[e] = hash;
            _index[free] = e;
            _count++;
            _fill++;
            return e;
        }

        /// <summary>Set of a VM value: Unboxed.Int/Float with its bits stay unboxed.</summary>
        public void SetRaw(object key, object value, long bits)
        {
            int e = Insert(key, Ops.Hash(key), value);
            if (value == Unboxed.Int || value == Unboxed.Float)
            {
                if (EntryBits == null)
                {
                    EntryBits = new long[EntryValues.Length];
                    ShapeEpoch++;
                }
                EntryBits[e] = bits;
            }
        }

        /// <summary>The entry of key (for RawValueAt), or -1 if absent.</summary>
        public int EntryOf(object key)
        {
            int slot = FindSlot(key, Ops.Hash(key));
            return slot >= 0 ? _index[slot] : -1;
        }

        private void Resize()
        {
            object[] keys = EntryKeys;
            object[] values = EntryValues;
            long[] bits = EntryBits;
            int[] hashes = _hashes;
            int used = _used;
            int size = 8;
            while (size * 2 <= (_count + 1) * 3)
            {
                size <<= 1;
            }
            size <<= 1;
            ShapeEpoch++;
            Init(size);
            for (int e = 0; e < used; e++)
            {
                if (keys[e] != null)
                {
                    ReinsertFresh(keys[e], hashes[e], values[e]);
                    if (bits != null)
                    {
                        if (EntryBits == null)
                        {
                            EntryBits = new long[EntryValues.Length];
                        }
                        EntryBits[_used - 1] = bits[e];
                    }
                }
            }
        }

        private void ReinsertFresh(object key, int hash, object value)
        {
            int mask = _index.Length - 1;
            int i = hash & mask;
            int perturb = hash & 0x7fffffff;
            while (_index[i] != -1)
            {
                perturb >>= 5;
                i = (i * 5 + perturb + 1) & mask;
            }
            int e = _used++;
#if NANOFRAMEWORK_1_0
            EntryKeys[e] = key;
            EntryValues[e] = value;
#else
            RefStore.Put(EntryKeys, e, key);
            RefStore.Put(EntryValues, e, value);
#endif
            _hashes[e] = hash;
            _index[i] = e;
            _count++;
            _fill++;
        }

        /// <summary>Removes key; returns false if it was absent.</summary>
        public bool Remove(object key)
        {
            int slot = FindSlot(key, Ops.Hash(key));
            if (slot < 0)
            {
                return false;
            }
            int e = _index[slot];
            _index[slot] = -2;
            EntryKeys[e] = null;
            Version++;
            ShapeEpoch++;
            if (IsClassDict)
            {
                ClassEpoch++;
                ShapeEpoch++;
            }
            EntryValues[e] = null;
            _count--;
            return true;
        }

        /// <summary>Removes key and returns its value, or null if absent.</summary>
        public object Pop(object key)
        {
            int slot = FindSlot(key, Ops.Hash(key));
            if (slot < 0)
            {
                return null;
            }
            int e = _index[slot];
            object v = ValueAt(e);
            _index[slot] = -2;
            EntryKeys[e] = null;
            Version++;
            ShapeEpoch++;
            if (IsClassDict)
            {
                ClassEpoch++;
                ShapeEpoch++;
            }
            EntryValues[e] = null;
            _count--;
            return v;
        }

        public void Clear()
        {
            if (IsClassDict)
            {
                ClassEpoch++;
            }
            ShapeEpoch++;
            Init(8);
        }

        /// <summary>
        /// Iteration without allocation: for (int i = d.NextEntry(-1); i >= 0; i = d.NextEntry(i)) use d.KeyAt(i), d.ValueAt(i).
        /// </summary>
        public int NextEntry(int i)
        {
            for (i++; i < _used; i++)
            {
                if (EntryKeys[i] != null)
                {
                    return i;
                }
            }
            return -1;
        }

        public object KeyAt(int i)
        {
            return EntryKeys[i];
        }

        public object ValueAt(int i)
        {
            object v = EntryValues[i];
            if (v == Unboxed.Int)
            {
                return PyInt.Create(EntryBits[i]);
            }
            if (v == Unboxed.Float)
            {
                return new PyFloat(System.BitConverter.Int64BitsToDouble(EntryBits[i]));
            }
            return v;
        }

        /// <summary>The value of entry i as stored: Unboxed.Int or Unboxed.Float with BitsAt(i) the unboxed int or
        /// float bits, else the object (for the VM, which keeps ints and floats unboxed).</summary>
        public object RawValueAt(int i)
        {
            return EntryValues[i];
        }

        public long BitsAt(int i)
        {
            return EntryBits[i];
        }

        public void SetValueAt(int i, object value)
        {
            if (IsClassDict)
            {
                ClassEpoch++;
                ShapeEpoch++;
            }
            EntryValues[i] = value;
        }

        /// <summary>Value of entry e when that entry's key is this very string object (a cached position), else null.</summary>
        public object ValueIfKeyAt(int e, string key)
        {
            object[] keys = EntryKeys;
            if ((uint)e < (uint)keys.Length && (object)keys[e] == (object)key)
            {
                return ValueAt(e);
            }
            return null;
        }

        /// <summary>ValueIfKeyAt as stored (see RawValueAt).</summary>
        public object RawValueIfKeyAt(int e, string key)
        {
            object[] keys = EntryKeys;
            if ((uint)e < (uint)keys.Length && (object)keys[e] == (object)key)
            {
                return EntryValues[e];
            }
            return null;
        }

        /// <summary>Replaces the value of entry e when that entry's key is this very string object; false otherwise.</summary>
        public bool SetIfKeyAt(int e, string key, object value)
        {
            object[] keys = EntryKeys;
            if ((uint)e < (uint)keys.Length && (object)keys[e] == (object)key)
            {
                if (IsClassDict)
                {
                    ClassEpoch++;
                    ShapeEpoch++;
                }
#if NANOFRAMEWORK_1_0
                EntryValues[e] = value;
#else
                RefStore.Put(EntryValues, e, value);
#endif
                return true;
            }
            return false;
        }

        /// <summary>SetIfKeyAt of a VM value: Unboxed.Int/Unboxed.Float with its bits stay unboxed.</summary>
        public bool SetRawIfKeyAt(int e, string key, object value, long bits)
        {
            object[] keys = EntryKeys;
            if ((uint)e < (uint)keys.Length && (object)keys[e] == (object)key)
            {
                if (IsClassDict)
                {
                    ClassEpoch++;
                    ShapeEpoch++;
                }
                if (value == Unboxed.Int || value == Unboxed.Float)
                {
                    if (EntryBits == null)
                    {
                        EntryBits = new long[EntryValues.Length];
                        ShapeEpoch++;
                    }
                    EntryBits[e] = bits;
                    if (EntryValues[e] == value)
                    {
                        return true;
                    }
                }
#if NANOFRAMEWORK_1_0
                EntryValues[e] = value;
#else
                RefStore.Put(EntryValues, e, value);
#endif
                return true;
            }
            return false;
        }

        /// <summary>Upper bound of entry positions (for iterators to detect size changes cheaply).</summary>
        public int EntryLimit
        {
            get { return _used; }
        }

        public override int Len()
        {
            return _count;
        }

        public override bool IsTrue()
        {
            return _count != 0;
        }

        public override object GetItem(object key)
        {
            object v = Get(key);
            if (v == null)
            {
                throw Err.Key(key);
            }
            return v;
        }

        public override void SetItem(object key, object value)
        {
            Set(key, value);
        }

        public override void DelItem(object key)
        {
            if (!Remove(key))
            {
                throw Err.Key(key);
            }
        }

        public override bool Contains(object item)
        {
            return FindSlot(item, Ops.Hash(item)) >= 0;
        }

        public override int Hash()
        {
            throw Err.Type("unhashable type: 'dict'");
        }

        public override object Compare(int op, object other)
        {
            PyDict o = Ops.NativeSelf(other) as PyDict;
            if (o == null || (op != PyOp.Eq && op != PyOp.Ne))
            {
                return base.Compare(op, other);
            }
            bool eq = Count == o.Count;
            if (eq && TypeOverride == OrderedDictType && o.TypeOverride == OrderedDictType)
            {
                // Two OrderedDicts are equal only with the same order.
                for (int i = NextEntry(-1), j = o.NextEntry(-1); i >= 0 && eq; i = NextEntry(i), j = o.NextEntry(j))
                {
                    eq = Ops.Eq(EntryKeys[i], o.EntryKeys[j]) && Ops.Eq(ValueAt(i), o.ValueAt(j));
                }
            }
            if (eq)
            {
                Ops.NativeEnter();
                try
                {
                    for (int i = NextEntry(-1); i >= 0; i = NextEntry(i))
                    {
                        // Read before o.Get: a key's __eq__ may change this dict.
                        object mine = ValueAt(i);
                        object v = o.Get(EntryKeys[i]);
                        if (v == null || !Ops.Eq(mine, v))
                        {
                            eq = false;
                            break;
                        }
                    }
                }
                finally
                {
                    Ops.NativeLeave();
                }
            }
            return PyBool.From(op == PyOp.Eq ? eq : !eq);
        }

        public override string Repr()
        {
            StrBuf sb = new StrBuf();
            ReprInto(sb);
            return sb.ToString();
        }

        public override void ReprInto(StrBuf sb)
        {
            if (!Ops.ReprEnter(this))
            {
                sb.Append("{...}");
                return;
            }
            try
            {
                bool ordered = TypeOverride == OrderedDictType;
                // OrderedDict({...}) as MicroPython (and CPython from 3.12) print it.
                sb.Append(ordered ? "OrderedDict({" : "{");
                bool first = true;
                for (int i = NextEntry(-1); i >= 0; i = NextEntry(i))
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }
                    first = false;
                    // The value is read before the key's __repr__ runs, which may change this dict.
                    object v = ValueAt(i);
                    Ops.ReprInto(EntryKeys[i], sb);
                    sb.Append(": ");
                    Ops.ReprInto(v, sb);
                }
                sb.Append(ordered ? "})" : "}");
            }
            finally
            {
                Ops.ReprLeave(this);
            }
        }

        public override object Iter()
        {
            return new PyDictIterator(this, PyDictIterator.Keys);
        }
    }
}
