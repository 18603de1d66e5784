using MicroPy.Objects;

namespace MicroPy.Runtime
{
    public static partial class Vm
    {
        private static AttrCache AttrCacheOf(Frame f)
        {
            CodeObject c = f.Code;
            AttrCache ac = c.ACache;
            if (ac == null)
            {
                ac = c.ACache = new AttrCache(c.Names.Length);
            }
            f.ARefs = ac.Refs;
            f.AInts = ac.Ints;
            return ac;
        }

        /// <summary>InstanceAttr for a plain attribute read. The loop calls this rather than InstanceAttr: a local passed
        /// as out there would be address-exposed, and the JIT then zeroes the loop's whole stack frame on every entry.</summary>
        private static object InstanceAttrValue(AttrCache ac, PyInstance inst, int arg, string name)
        {
            object self;
            return InstanceAttr(ac, inst, arg, name, false, out self);
        }

        /// <summary>LOAD_METHOD off the loop's cached path: the callable at sp - 1 and self (or null) at sp.</summary>
        private static void LoadMethodSlow(Frame f, object o, int arg, object[] r, int sp)
        {
            object self;
            object m;
            PyInstance inst = o as PyInstance;
            if (inst != null)
            {
                m = InstanceAttr(AttrCacheOf(f), inst, arg, f.Names[arg], true, out self);
                if (m == null)
                {
                    m = Ops.LoadMethod(o, f.Names[arg], out self);
                }
            }
            else
            {
                m = TypeMethod(AttrCacheOf(f), o, arg, f.Names[arg]);
                if (m != null)
                {
                    self = o;
                }
                else
                {
                    m = Ops.LoadMethod(o, f.Names[arg], out self);
                }
            }
            r[sp - 1] = m;
            r[sp] = self;
        }

        /// <summary>
        /// inst.name through the cache, with PyInstance.GetAttr's order (property, instance dict, class attribute).
        /// Returns null when the generic lookup must decide. With call set, a method found on the class comes back
        /// unbound with self set to inst (LOAD_METHOD); otherwise it is bound.
        /// </summary>
        private static object InstanceAttr(AttrCache ac, PyInstance inst, int arg, string name, bool call, out object self)
        {
            self = null;
            PyType cls = inst.Class;
            object[] refs = ac.Refs;
            int[] ints = ac.Ints;
            int r = arg * AttrCache.RefStride;
            int k = arg * AttrCache.IntStride;
            if (refs[r] != cls || ints[k] != PyDict.ClassEpoch)
            {
                ac.Fill(arg, cls, name);
            }
            int kind = ints[k + AttrCache.IntKind] & AttrCache.KindMask;
            if (kind == AttrCache.Property)
            {
                return null;
            }
            PyDict d = inst.Dict;
            if (d != null && (d.KeyBloom & ints[k + AttrCache.IntBloom]) != 0 && (refs[r + AttrCache.RefLacking] != d || ints[k + AttrCache.IntLackVersion] != d.Version))
            {
                object own = d.ValueIfKeyAt(ints[k + AttrCache.IntEntry], name);
                if (own != null)
                {
                    return own;
                }
                int e = d.EntryOfStr(name);
                if (e >= 0)
                {
                    ints[k + AttrCache.IntEntry] = e;
                    return d.ValueAt(e);
                }
                refs[r + AttrCache.RefLacking] = d;
                ints[k + AttrCache.IntLackVersion] = d.Version;
            }
            object v = refs[r + AttrCache.RefAttr];
            if (kind == AttrCache.Method)
            {
                if (call)
                {
                    self = inst;
                    return v;
                }
                return new PyBoundMethod(inst, v);
            }
            return kind == AttrCache.Plain ? v : null;
        }

        /// <summary>inst.name = value through the cache; false when the generic SetAttr must run.</summary>
        private static bool StoreInstanceAttr(AttrCache ac, PyInstance inst, int arg, string name, object value)
        {
            PyType cls = inst.Class;
            int k = arg * AttrCache.IntStride;
            if (ac.Refs[arg * AttrCache.RefStride] != cls || ac.Ints[k] != PyDict.ClassEpoch)
            {
                ac.Fill(arg, cls, name);
            }
            if ((ac.Ints[k + AttrCache.IntKind] & AttrCache.PlainStore) == 0)
            {
                return false;
            }
            PyDict d = inst.Dict;
            if (d == null)
            {
                d = inst.Dict = new PyDict();
            }
            if (!d.SetIfKeyAt(ac.Ints[k + AttrCache.IntEntry], name, value))
            {
                d.SetStr(name, value);
            }
            return true;
        }

        /// <summary>
        /// LOAD_METHOD on a builtin object: the method its type defines for name (called with o as self), or null
        /// when Ops.LoadMethod must decide (no such method, or objects whose own attributes come first).
        /// </summary>
        private static object TypeMethod(AttrCache ac, object o, int arg, string name)
        {
            PyType t = Ops.TypeOf(o);
            int r = arg * AttrCache.RefStride;
            int k = arg * AttrCache.IntStride;
            if (ac.Refs[r] != t || ac.Ints[k] != PyDict.ClassEpoch)
            {
                if (o is PyType || o is PyModule || o is PyBaseException || o is PySuper || o is PyFunction)
                {
                    return null;
                }
                ac.Fill(arg, t, name);
                if ((ac.Ints[k + AttrCache.IntKind] & AttrCache.KindMask) == AttrCache.Method)
                {
                    // The third ref (for instances: a dict known to lack the name) holds the receiver's key.
                    ac.Refs[r + AttrCache.RefLacking] = HostKey(o);
                }
            }
            return (ac.Ints[k + AttrCache.IntKind] & AttrCache.KindMask) == AttrCache.Method ? ac.Refs[r + AttrCache.RefAttr] : null;
        }

        /// <summary>The keys by which the loop's LOAD_METHOD finds a list, dict or str method in the cache, without
        /// a call for the receiver's type.</summary>
        private static readonly object s_listKey = new object();
        private static readonly object s_dictKey = new object();
        private static readonly object s_strKey = new object();

        /// <summary>o's key for the loop's LOAD_METHOD, or null. An OrderedDict gets none, but the loop takes one for a
        /// dict: its methods are dict's.</summary>
        private static object HostKey(object o)
        {
            PyDict d = o as PyDict;
            if (d != null)
            {
                return d.TypeOverride == null ? s_dictKey : null;
            }
            return o is PyList ? s_listKey : o is string ? s_strKey : null;
        }
    }
}
