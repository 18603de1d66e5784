using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Xunit;

namespace MicroPy.Tests.Tools
{
    /// <summary>
    /// Stable nanoCLR cannot load generics: the nanoFramework-targeted assembly must define no generic types or
    /// methods and instantiate none (no TypeSpec/MethodSpec rows, no generic parameters), and every type it
    /// references must exist in nanoFramework's mscorlib.
    /// </summary>
    public class NanoAssemblyCheckTests
    {
        private static string NanoDll()
        {
            string root = RepoRoot.Dir;
            string best = null;
            DateTime newest = DateTime.MinValue;
            foreach (string cfg in new[] { "Debug", "Release" })
            {
                string p = Path.Combine(root, "firmware", "Core", "bin", cfg, "nano", "MicroPy.Nano.Core.dll");
                if (File.Exists(p) && File.GetLastWriteTimeUtc(p) > newest)
                {
                    newest = File.GetLastWriteTimeUtc(p);
                    best = p;
                }
            }
            Assert.True(best != null, "the nano build of MicroPy.Nano.Core was not found; build the solution first");
            return best;
        }

        [Fact]
        public void NanoAssemblyUsesNoGenericsAndOnlyNanoMscorlibTypes()
        {
            List<string> problems = new List<string>();
            HashSet<string> known = NanoMetadata.MscorlibTypes();
            using (FileStream fs = File.OpenRead(NanoDll()))
            using (PEReader pe = new PEReader(fs))
            {
                MetadataReader md = pe.GetMetadataReader();
                NanoMetadata.CheckNoGenerics(md, problems);
                foreach (TypeReferenceHandle h in md.TypeReferences)
                {
                    TypeReference t = md.GetTypeReference(h);
                    if (t.ResolutionScope.Kind != HandleKind.AssemblyReference)
                    {
                        continue;
                    }
                    string name = md.GetString(t.Namespace) + "." + md.GetString(t.Name);
                    if (!known.Contains(name))
                    {
                        problems.Add("type not in nanoFramework mscorlib: " + name);
                    }
                }
            }
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }
}
