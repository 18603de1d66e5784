using MicroPy.Objects;

namespace MicroPy.Values
{
    /// <summary>
    /// The hash table behind set and frozenset. It follows CPython 3's set algorithm (open addressing, 9 linear
    /// probes then perturbed probing, resize at 3/5 fill, dummies on delete), so iteration order, and with it
    /// repr(), matches CPython for keys whose hashes match (ints, floats, tuples of those...).
    /// </summary>
    public sealed class SetHash
    {
        private const int MinSize = 8;
        private const int LinearProbes = 9;
        private static readonly object s_dummy = new object();

        private object[] _keys;
        private int[] _hashes;
        private int _mask;
        private int _fill;
        private int _used;
        private int _finger;
        // Changes whenever keys are added or removed: a lookup that ran a key's __eq__ sees whether the table changed under it.
        private int _version;

        public SetHash()
        {
            Init(MinSize);
        }

        private void Init(int size)
        {
            Err.Reserve(size, 12);
            _version++;
            _keys = new object[size];
            _hashes = new int[size];
            _mask = size - 1;
            _fill = 0;
            _used = 0;
        }

        public int Count
        {
            get { return _used; }
        }

        public void Clear()
        {
            if (_fill != 0 || _mask != MinSize - 1)
            {
                Init(MinSize);
            }
        }

        private static int NextBase(int i, ref ulong perturb, int mask)
        {
            perturb >>= 5;
            return (int)(((ulong)(uint)i * 5 + 1 + perturb) & (ulong)(uint)mask);
        }

        private const int Changed = int.MinValue;

        private int Find(object key, int hash)
        {
            int j;
            while ((j = FindOnce(key, hash)) == Changed)
            {
            }
            return j;
        }

        /// <summary>The slot of key, -1 if absent, or Changed when a key's __eq__ changed the table.</summary>
        private int FindOnce(object key, int hash)
        {
            ulong perturb = (ulong)(long)hash;
            int mask = _mask;
            int i = hash & mask;
            while (true)
            {
                int probes = i + LinearProbes <= mask ? LinearProbes : 0;
                int j = i;
                while (true)
                {
                    object k = _keys[j];
                    if (k == null)
                    {
                        return -1;
                    }
                    if (_hashes[j] == hash && k != s_dummy)
                    {
                        if (k == key)
                        {
                            return j;
                        }
                        int version = _version;
                        bool eq = Ops.Eq(k, key);
                        if (version != _version)
                        {
                            return Changed;
                        }
                        if (eq)
                        {
                            return j;
                        }
                    }
                    if (probes-- == 0)
                    {
                        break;
                    }
                    j++;
                }
                i = NextBase(i, ref perturb, mask);
            }
        }

        /// <summary>CPython never uses -1 as a hash (it marks errors and dummies): hash(-1) == -2.</summary>
        /// Numbers that fit an int hash as CPython's do (the value itself), whatever PyInt.Hash does, so small-int
        /// sets iterate in CPython's order; int/float/bool stay consistent with each other.
        private static int HashOf(object key)
        {
            PyInt pi = key as PyInt;
            if (pi != null)
            {
                long v = pi.Value;
                if (v >= int.MinValue && v <= int.MaxValue)
                {
                    return v == -1 ? -2 : (int)v;
                }
            }
            else if (key is PyBool)
            {
                return ((PyBool)key).Value ? 1 : 0;
            }
            else if (key is PyFloat)
            {
                double d = ((PyFloat)key).Value;
                if (d >= int.MinValue && d <= int.MaxValue && d == (double)(long)d)
                {
                    long v = (long)d;
                    return v == -1 ? -2 : (int)v;
                }
            }
            int h = Ops.Hash(key);
            return h == -1 ? -2 : h;
        }

        public bool Contains(object key)
        {
            return Find(key, HashOf(key)) >= 0;
        }

        public bool Add(object key)
        {
            return Add(key, HashOf(key));
        }

        public bool Add(object key, int hash)
        {
            int r;
            while ((r = AddOnce(key, hash)) == Changed)
            {
            }
            return r != 0;
        }

        /// <summary>1 if added, 0 if present, or Changed when a key's __eq__ changed the table.</summary>
        private int AddOnce(object key, int hash)
        {
            int free = -1;
            ulong perturb = (ulong)(long)hash;
            int mask = _mask;
            int i = hash & mask;
            while (true)
            {
                int probes = i + LinearProbes <= mask ? LinearProbes : 0;
                int j = i;
                while (true)
                {
                    object k = _keys[j];
                    if (k == null)
                    {
                        _version++;
                        if (free >= 0)
                        {
                            _used++;
                            _keys[free] = key;
                            _hashes[free] = hash;
                            return 1;
                        }
                        _fill++;
                        _used++;
                        _keys[j] = key;
                        _hashes[j] = hash;
                        if (_fill * 5 >= mask * 3)
                        {
                            Resize(_used > 50000 ? _used * 2 : _used * 4);
                        }
                        return 1;
                    }
                    if (_hashes[j] == hash && k != s_dummy)
                    {
                        if (k == key)
                        {
                            return 0;
                        }
                        int version = _version;
                        if (Ops.Eq(k, key))
                        {
                            return 0;
                        }
                        if (version != _version)
                        {
                            return Changed;
                        }
                    }
                    if (k == s_dummy && free < 0)
                    {
                        free = j;
                    }
                    if (probes-- == 0)
                    {
                        break;
                    }
                    j++;
                }
                i = NextBase(i, ref perturb, mask);
            }
        }

        private void InsertClean(object key, int hash)
        {
            ulong perturb = (ulong)(long)hash;
            int mask = _mask;
            int i = hash & mask;
            while (true)
            {
                if (_keys[i] == null)
                {
                    _keys[i] = key;
                    _hashes[i] = hash;
                    return;
                }
                if (i + LinearProbes <= mask)
                {
                    for (int j = i + 1; j <= i + LinearProbes; j++)
                    {
                        if (_keys[j] == null)
                        {
                            _keys[j] = key;
                            _hashes[j] = hash;
                            return;
                        }
                    }
                }
                i = NextBase(i, ref perturb, mask);
            }
        }

        private void Resize(int minUsed)
        {
            int size = MinSize;
            while (size <= minUsed)
            {
                size <<= 1;
            }
            object[] oldKeys = _keys;
            int[] oldHashes = _hashes;
            int used = _used;
            Init(size);
            _fill = used;
            _used = used;
            for (int i = 0; i < oldKeys.Length; i++)
            {
                object k = oldKeys[i];
                if (k != null && k != s_dummy)
                {
                    InsertClean(k, oldHashes[i]);
                }
            }
        }

        /// <summary>Resizes dummies away when more than a quarter of the table is dummies (after difference_update).</summary>
        public void Compact()
        {
            if (_fill - _used > _mask / 4)
            {
                Resize(_used > 50000 ? _used * 2 : _used * 4);
            }
        }

        /// <summary>Makes room before adding n keys of a dict (CPython's set_update_internal for dicts).</summary>
        public void Reserve(int n)
        {
            if ((_fill + n) * 5 >= _mask * 3)
            {
                Resize((_used + n) * 2);
            }
        }

        /// <summary>Adds every key of other (CPython's set_merge).</summary>
        public void Merge(SetHash other)
        {
            if (other == this || other._used == 0)
            {
                return;
            }
            if ((_fill + other._used) * 5 >= _mask * 3)
            {
                Resize((_used + other._used) * 2);
            }
            object[] ok = other._keys;
            int[] oh = other._hashes;
            if (_fill == 0 && _mask == other._mask && other._fill == other._used)
            {
                for (int i = 0; i < ok.Length; i++)
                {
                    _keys[i] = ok[i];
                    _hashes[i] = oh[i];
                }
                _fill = other._fill;
                _used = other._used;
                return;
            }
            if (_fill == 0)
            {
                _fill = other._used;
                _used = other._used;
                for (int i = 0; i < ok.Length; i++)
                {
                    if (ok[i] != null && ok[i] != s_dummy)
                    {
                        InsertClean(ok[i], oh[i]);
                    }
                }
                return;
            }
            for (int i = 0; i < ok.Length; i++)
            {
                if (ok[i] != null && ok[i] != s_dummy)
                {
                    Add(ok[i], oh[i]);
                }
            }
        }

        /// <summary>Takes over other's table (CPython's set_swap_bodies with a temporary).</summary>
        public void TakeFrom(SetHash other)
        {
            _keys = other._keys;
            _hashes = other._hashes;
            _mask = other._mask;
            _fill = other._fill;
            _used = other._used;
            _version++;
            other.Init(MinSize);
        }

        public bool Remove(object key)
        {
            return Remove(key, HashOf(key));
        }

        public bool Remove(object key, int hash)
        {
            int j = Find(key, hash);
            if (j < 0)
            {
                return false;
            }
            _keys[j] = s_dummy;
            _hashes[j] = -1;
            _used--;
            _version++;
            return true;
        }

        /// <summary>Removes and returns an arbitrary key (CPython's order), or null when empty.</summary>
        public object Pop()
        {
            if (_used == 0)
            {
                return null;
            }
            int i = _finger & _mask;
            while (_keys[i] == null || _keys[i] == s_dummy)
            {
                i++;
                if (i > _mask)
                {
                    i = 0;
                }
            }
            object key = _keys[i];
            _keys[i] = s_dummy;
            _hashes[i] = -1;
            _used--;
            _version++;
            _finger = i + 1;
            return key;
        }

        /// <summary>Index of the next key after slot i (start with -1), or -1 at the end.</summary>
        public int NextEntry(int i)
        {
            object[] keys = _keys;
            for (i++; i < keys.Length; i++)
            {
                if (keys[i] != null && keys[i] != s_dummy)
                {
                    return i;
                }
            }
            return -1;
        }

        public object KeyAt(int i)
        {
            return _keys[i];
        }

        public int HashAt(int i)
        {
            return _hashes[i];
        }
    }
}
