using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Xunit;

namespace MicroPy.Tests.Tools
{
    /// <summary>What the nanoFramework assembly checks share: the type names nanoFramework's mscorlib defines, and the
    /// metadata rows stable nanoCLR cannot load (generic instantiations and parameters, generic method calls, [,]
    /// arrays; TypeSpecs of jagged arrays are fine).</summary>
    public static class NanoMetadata
    {
        public static HashSet<string> MscorlibTypes()
        {
            List<string> roots = new List<string>();
            string home = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            if (!string.IsNullOrEmpty(home))
            {
                roots.Add(home);
            }
            roots.Add(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"));
            foreach (string r in roots)
            {
                string p = Path.Combine(r, "nanoframework.corelibrary", "1.17.11", "lib", "mscorlib.dll");
                if (File.Exists(p))
                {
                    HashSet<string> set = new HashSet<string>();
                    using (FileStream fs = File.OpenRead(p))
                    using (PEReader pe = new PEReader(fs))
                    {
                        MetadataReader md = pe.GetMetadataReader();
                        foreach (TypeDefinitionHandle h in md.TypeDefinitions)
                        {
                            TypeDefinition t = md.GetTypeDefinition(h);
                            set.Add(md.GetString(t.Namespace) + "." + md.GetString(t.Name));
                        }
                    }
                    return set;
                }
            }
            Assert.Fail("nanoFramework.CoreLibrary 1.17.11 mscorlib.dll not found in the NuGet caches");
            return null;
        }

        public static void CheckNoGenerics(MetadataReader md, List<string> problems)
        {
            for (int row = 1; row <= md.GetTableRowCount(TableIndex.TypeSpec); row++)
            {
                TypeSpecification spec = md.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(row));
                BlobReader br = md.GetBlobReader(spec.Signature);
                byte et = br.ReadByte();
                while (et == 0x1D && br.RemainingBytes > 0)
                {
                    et = br.ReadByte();
                }
                if (et == 0x15 || et == 0x13 || et == 0x1E || et == 0x14)
                {
                    problems.Add("TypeSpec row " + row + ": generic instantiation, generic parameter or [,] array (0x" + et.ToString("X2") + ")");
                }
            }
            if (md.GetTableRowCount(TableIndex.MethodSpec) > 0)
            {
                problems.Add(md.GetTableRowCount(TableIndex.MethodSpec) + " MethodSpec rows (generic method calls)");
            }
            if (md.GetTableRowCount(TableIndex.GenericParam) > 0)
            {
                problems.Add(md.GetTableRowCount(TableIndex.GenericParam) + " generic parameters defined");
            }
        }
    }
}
