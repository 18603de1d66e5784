using System;
using System.Reflection;
using MicroPy.Core;
using MicroPy.Modules;
using MicroPy.Modules.Machine;
using Xunit;

namespace MicroPy.Tests.Modules
{
    /// <summary>
    /// The member ids of machine.I2C and usocket.socket are named (I2CObject.Id, SocketObject.Id, issue 30): every name
    /// in the type's table has exactly one constant, whose value is the name's index, and whose spelling is the name
    /// without underscores.
    /// </summary>
    public class MemberIdTests
    {
        private static void EveryNameMapsToItsId(PyType type, Type ids)
        {
            string[] names = type.Table.Names;
            bool[] named = new bool[names.Length];
            foreach (FieldInfo f in ids.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                int v = (int)f.GetRawConstantValue();
                Assert.InRange(v, 0, names.Length - 1);
                Assert.False(named[v], "two ids for '" + names[v] + "'");
                named[v] = true;
                Assert.True(string.Equals(f.Name, names[v].Replace("_", ""), StringComparison.OrdinalIgnoreCase),
                    ids.FullName + "." + f.Name + " = " + v + " but names[" + v + "] is '" + names[v] + "'");
            }
            for (int i = 0; i < names.Length; i++)
            {
                Assert.True(named[i], "no " + ids.FullName + " for '" + names[i] + "'");
            }
        }

        [Fact]
        public void I2CNamesMapToTheirIds()
        {
            EveryNameMapsToItsId(I2CObject.TypeObject, typeof(I2CObject.Id));
        }

        [Fact]
        public void SocketNamesMapToTheirIds()
        {
            EveryNameMapsToItsId(SocketObject.TypeObject, typeof(SocketObject.Id));
        }
    }
}
