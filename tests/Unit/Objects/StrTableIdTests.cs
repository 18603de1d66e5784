using System;
using System.Reflection;
using MicroPy.Core;
using Xunit;

namespace MicroPy.Tests.Objects
{
    /// <summary>
    /// The str method table's member ids are named (StrTable.Id, issue 30): every name in the table has exactly one
    /// constant, whose value is the name's index, and whose spelling is the name without underscores.
    /// </summary>
    public class StrTableIdTests
    {
        [Fact]
        public void EveryNameMapsToItsId()
        {
            string[] names = StrTable.Instance.Names;
            FieldInfo[] ids = typeof(StrTable.Id).GetFields(BindingFlags.Public | BindingFlags.Static);
            bool[] named = new bool[names.Length];
            foreach (FieldInfo f in ids)
            {
                int v = (int)f.GetRawConstantValue();
                Assert.InRange(v, 0, names.Length - 1);
                Assert.False(named[v], "two ids for '" + names[v] + "'");
                named[v] = true;
                Assert.True(string.Equals(f.Name, names[v].Replace("_", ""), StringComparison.OrdinalIgnoreCase),
                    "StrTable.Id." + f.Name + " = " + v + " but names[" + v + "] is '" + names[v] + "'");
            }
            for (int i = 0; i < names.Length; i++)
            {
                Assert.True(named[i], "no StrTable.Id for '" + names[i] + "'");
            }
        }
    }
}
