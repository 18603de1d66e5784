using MicroPy.Objects;

namespace MicroPy.Modules
{
    /// <summary>
    /// urandom: MicroPython's small PRNG module (getrandbits, seed, randrange, randint, choice, random, uniform).
    /// The generator is Yasmarang, as in MicroPython: after the same seed, getrandbits, randrange, randint and choice
    /// give the values MicroPython gives (below 2**32).
    /// </summary>
    public sealed class UrandomModule : NativeModule
    {
        private static UrandomModule s_instance;

        private uint _pad = 0xeda4baba;
        private uint _n = 69;
        private uint _d = 233;
        private uint _dat;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static UrandomModule Instance
        {
            get { return s_instance ?? (s_instance = new UrandomModule()); }
        }

        private UrandomModule() : base("urandom", new string[]
        {
            "getrandbits", "seed", "randrange", "randint", "choice", "random", "uniform",
        })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int GetRandBits = 0;
            public const int Seed = 1;
            public const int RandRange = 2;
            public const int RandInt = 3;
            public const int Choice = 4;
            public const int Random = 5;
            public const int Uniform = 6;
        }

        public override int Kind(int id)
        {
            return MemberStatic;
        }

        private uint Next()
        {
            _pad += _dat + _d * _n;
            _pad = (_pad << 3) + (_pad >> 29);
            _n = _pad | 2;
            _d ^= (_pad << 31) + (_pad >> 1);
            _dat = (_dat ^ (byte)_pad ^ (_d >> 8) ^ 1) & 0xff;
            return _pad ^ (_d << 5) ^ (_pad >> 18) ^ (_dat << 1);
        }

        /// <summary>A uniform value in [0, n) for n > 0, by rejection over the smallest covering bit mask.</summary>
        private long Below(long n)
        {
            ulong mask = 1;
            while (((ulong)n & mask) < (ulong)n)
            {
                mask = (mask << 1) | 1;
            }
            ulong r;
            do
            {
                r = (mask > 0xffffffffu ? ((ulong)Next() << 32) | Next() : Next()) & mask;
            }
            while (r >= (ulong)n);
            return (long)r;
        }

        private static PyException Empty()
        {
            return Err.Value("empty range");
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            switch (id)
            {
                case Id.GetRandBits:
                    {
                        Ops.CheckArgs("getrandbits", argc, kwc, 1, 1);
                        long bits = Ops.ToLong(args[0]);
                        if (bits < 1 || bits > 32)
                        {
                            throw Err.Value("bits must be 1..32");
                        }
                        return PyInt.Create(Next() & (0xffffffffu >> (int)(32 - bits)));
                    }
                case Id.Seed:
                    {
                        Ops.CheckArgs("seed", argc, kwc, 1, 1);
                        _pad = (uint)Ops.ToLong(args[0]);
                        _n = 69;
                        _d = 233;
                        _dat = 0;
                        return PyNone.None;
                    }
                case Id.RandRange:
                    {
                        Ops.CheckArgs("randrange", argc, kwc, 1, 3);
                        long start = Ops.ToLong(args[0]);
                        if (argc == 1)
                        {
                            if (start <= 0)
                            {
                                throw Empty();
                            }
                            return PyInt.Create(Below(start));
                        }
                        long stop = Ops.ToLong(args[1]);
                        long step = argc == 3 ? Ops.ToLong(args[2]) : 1;
                        long n;
                        if (step > 0)
                        {
                            n = (stop - start + step - 1) / step;
                        }
                        else if (step < 0)
                        {
                            n = (stop - start + step + 1) / step;
                        }
                        else
                        {
                            throw Err.Value("zero step");
                        }
                        if (n <= 0)
                        {
                            throw Empty();
                        }
                        return PyInt.Create(start + step * Below(n));
                    }
                case Id.RandInt:
                    {
                        Ops.CheckArgs("randint", argc, kwc, 2, 2);
                        long a = Ops.ToLong(args[0]);
                        long b = Ops.ToLong(args[1]);
                        if (a > b)
                        {
                            throw Empty();
                        }
                        return PyInt.Create(a + Below(b - a + 1));
                    }
                case Id.Choice:
                    {
                        Ops.CheckArgs("choice", argc, kwc, 1, 1);
                        int len = Ops.Len(args[0]);
                        if (len == 0)
                        {
                            throw Err.Index("empty sequence");
                        }
                        return Ops.GetItem(args[0], PyInt.Create(Below(len)));
                    }
                case Id.Random:
                    Ops.CheckArgs("random", argc, kwc, 0, 0);
                    return Ops.Float(Random());
                default:
                    {
                        Ops.CheckArgs("uniform", argc, kwc, 2, 2);
                        double a = Ops.ToDouble(args[0]);
                        double b = Ops.ToDouble(args[1]);
                        return Ops.Float(a + (b - a) * Random());
                    }
            }
        }

        /// <summary>A float in [0, 1) from 53 random bits.</summary>
        private double Random()
        {
            ulong r = (((ulong)Next() << 32) | Next()) >> 11;
            return r * (1.0 / 9007199254740992.0);
        }
    }
}
