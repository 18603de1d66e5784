using MicroPy.Objects;
using MicroPy.Modules;
using Xunit;
using Assert = Xunit.Assert;

namespace MicroPy.Tests.Modules
{
    /// <summary>The registry's name table and its factory are two lists: every name must reach a module, the u-name
    /// and its plain alias the same one, and the module must call itself by one of the names that import it.</summary>
    public class ModuleRegistryTests
    {
        [Fact]
        public void EveryNameResolvesToItsModule()
        {
            ModuleRegistry reg = ModuleRegistry.Instance;
            Assert.NotEmpty(reg.Names);
            for (int k = 0; k < reg.Names.Length; k++)
            {
                string name = reg.Names[k];
                NativeModule m = reg.Get(k);
                Assert.True(m != null, "no module for '" + name + "'");
                string alias = name.StartsWith("u") ? name.Substring(1) : "u" + name;
                int other = System.Array.IndexOf(reg.Names, alias);
                if (other >= 0)
                {
                    Assert.Same(m, reg.Get(other));
                }
                Assert.True(m.ModuleName == name || m.ModuleName == alias,
                    "'" + name + "' gives the module named '" + m.ModuleName + "'");
            }
        }

        [Fact]
        public void NamesAreUnique()
        {
            string[] names = ModuleRegistry.Instance.Names;
            for (int k = 0; k < names.Length; k++)
            {
                Assert.Equal(k, System.Array.IndexOf(names, names[k]));
            }
        }
    }
}
