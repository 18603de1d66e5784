namespace MicroPy.Objects
{
    /// <summary>
    /// Per-code-object cache of attribute lookups, indexed like CodeObject.Names. For the type last seen at a
    /// LOAD_ATTR/LOAD_METHOD/STORE_ATTR of a name (valid while PyDict.ClassEpoch is unchanged) it records the class
    /// attribute found along the MRO and how it binds, the entry position of the name in the last instance dict,
    /// and the last instance dict (with its Version) known not to hold the name. Two flat arrays keep it small.
    /// </summary>
    public sealed class AttrCache
    {
        /// <summary>Kind: the class attribute is absent or a plain value.</summary>
        public const int Plain = 0;
        /// <summary>Kind: a Python function or a builtin type's method (binds self).</summary>
        public const int Method = 1;
        /// <summary>Kind: a property (a data descriptor: wins over the instance dict).</summary>
        public const int Property = 2;
        /// <summary>Kind: anything needing the generic binding (classmethod, staticmethod, native class member).</summary>
        public const int Other = 3;
        /// <summary>Flag on Kind: stores go straight to the instance dict (user class, no __setattr__, no property).</summary>
        public const int PlainStore = 8;

        /// <summary>Mask of the kind (Plain, Method, Property, Other) in the IntKind slot.</summary>
        public const int KindMask = 7;

        /// <summary>Refs holds RefStride slots per name, from i * RefStride: the type the entry is for (first slot),
        /// then these.</summary>
        public const int RefStride = 3;
        /// <summary>The class attribute found along the type's MRO (null if none).</summary>
        public const int RefAttr = 1;
        /// <summary>For instances: the last instance dict known to lack the name (valid at IntLackVersion); for builtin
        /// types: the receiver's host key (Vm.HostKey) that the loop's LOAD_METHOD matches without a type call.</summary>
        public const int RefLacking = 2;

        /// <summary>Ints holds IntStride slots per name, from i * IntStride: PyDict.ClassEpoch when filled (first
        /// slot), then these.</summary>
        public const int IntStride = 5;
        /// <summary>Kind (KindMask), with the PlainStore flag.</summary>
        public const int IntKind = 1;
        /// <summary>Entry position of the name in the last instance dict that held it.</summary>
        public const int IntEntry = 2;
        /// <summary>PyDict.Version of the dict in RefLacking when it was found to lack the name.</summary>
        public const int IntLackVersion = 3;
        /// <summary>The name's PyDict.KeyBloom bit.</summary>
        public const int IntBloom = 4;

        /// <summary>Per name: type, class attribute, instance dict known to lack the name.</summary>
        public readonly object[] Refs;
        /// <summary>Per name: ClassEpoch, kind (| PlainStore), instance dict entry, Version of the dict lacking the name,
        /// the name's PyDict.KeyBloom bit.</summary>
        public readonly int[] Ints;

        public AttrCache(int n)
        {
            Refs = new object[n * RefStride];
            Ints = new int[n * IntStride];
        }

        /// <summary>Looks name up on t and records the result for the name at index i.</summary>
        public void Fill(int i, PyType t, string name)
        {
            object v = t.Lookup(name);
            int kind;
            if (v == null)
            {
                kind = Plain;
            }
            else if (v is PyFunctionBase)
            {
                kind = Method;
            }
            else if (v is PyProperty || (v is PyInstance && (((PyInstance)v).Class.Lookup("__get__") != null
                || ((PyInstance)v).Class.Lookup("__set__") != null || ((PyInstance)v).Class.Lookup("__delete__") != null)))
            {
                // Properties and descriptors defined in Python: the generic lookup runs them.
                kind = Property;
            }
            else
            {
                PyNativeFunction nf = v as PyNativeFunction;
                if (nf != null)
                {
                    kind = nf.Kind == NativeTable.MemberMethod && nf.Owner != null ? Method : Other;
                }
                else if (v is PyClassMethod || v is PyStaticMethod)
                {
                    kind = Other;
                }
                else
                {
                    kind = Plain;
                }
            }
            if (t.IsUser && kind != Property)
            {
                object sa = t.Lookup("__setattr__");
                if (sa == null || sa is PyNativeFunction)
                {
                    kind |= PlainStore;
                }
            }
            int r = i * RefStride;
            Refs[r] = t;
            Refs[r + RefAttr] = v;
            Refs[r + RefLacking] = null;
            int k = i * IntStride;
            Ints[k] = PyDict.ClassEpoch;
            Ints[k + IntKind] = kind;
            Ints[k + IntBloom] = PyDict.BloomBit(PyStr.Hash(name));
        }
    }
}
