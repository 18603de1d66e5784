using System.Reflection;
using MicroPy.Objects;
using MicroPy.Hal;
using MicroPy.Modules;
using Xunit;

namespace MicroPy.Tests.Modules
{
    /// <summary>
    /// OsErrno is the one errno table (issue 30): every name the errno module exports is an OsErrno constant of the
    /// same name and value, errorcode maps each value back to its name, and no two OsErrno names share a value.
    /// </summary>
    public class ErrnoTableTests
    {
        [Fact]
        public void ErrnoModuleNamesAreTheTablesConstants()
        {
            ErrnoModule m = ErrnoModule.Instance;
            int checkedNames = 0;
            for (int id = 0; id < m.Names.Length; id++)
            {
                string name = m.Names[id];
                if (name == "errorcode")
                {
                    continue;
                }
                FieldInfo f = typeof(OsErrno).GetField(name, BindingFlags.Public | BindingFlags.Static);
                Assert.True(f != null, "errno." + name + " is not in OsErrno");
                long value = Ops.ToLong(m.GetValue(id));
                Assert.Equal((int)f.GetRawConstantValue(), (int)value);
                Assert.Equal(name, ErrnoModule.NameOf(value));
                checkedNames++;
            }
            Assert.True(checkedNames >= 25, "errno exports " + checkedNames + " names");
        }

        [Fact]
        public void TableValuesAreDistinct()
        {
            System.Collections.Generic.Dictionary<int, string> seen = new System.Collections.Generic.Dictionary<int, string>();
            foreach (FieldInfo f in typeof(OsErrno).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (!f.IsLiteral)
                {
                    continue;
                }
                int v = (int)f.GetRawConstantValue();
                Assert.False(seen.ContainsKey(v), f.Name + " and " + (seen.ContainsKey(v) ? seen[v] : "") + " share " + v);
                seen[v] = f.Name;
            }
            Assert.Equal(2, OsErrno.ENOENT);
            Assert.Equal(110, OsErrno.ETIMEDOUT);
        }
    }
}
