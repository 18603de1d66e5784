using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Xunit;

namespace MicroPy.Tests.Nano
{
    /// <summary>
    /// nanoCLR keeps one "nested exception" slot per exception thrown while a catch or finally handler runs, until an
    /// outer handler completes; a thread has 6 (CLR_RT_Thread::c_MaxStackUnwindDepth). Past that it prints
    /// "TOO MANY NESTED EXCEPTIONS" and drops the oldest, leaving state that crashed the POSIX host. Code on paths
    /// that nest (native code calling Python calling native code ...) must therefore record an exception in its
    /// handler and throw after the handler has ended. This test reads the IL of the nanoFramework build and fails
    /// when a throw or rethrow lies inside a handler of one of those methods (issue 24).
    /// </summary>
    public class HandlerNestingTests
    {
        /// <summary>Methods on re-entrant paths: each runs once per level of native-to-Python nesting, generator
        /// resumption, iterator chain or import, so a throw in their handlers would take one slot per level.</summary>
        private static readonly string[] s_reentrant =
        {
            "MicroPy.Runtime.Vm.Run",
            "MicroPy.Runtime.Vm.ResumeWithException",
            "MicroPy.Runtime.Vm.SendTo",
            "MicroPy.Runtime.Vm.ImportFromModule",
            "MicroPy.Runtime.PyGenerator.Next",
            "MicroPy.Runtime.PyGenerator.Resume",
            "MicroPy.Runtime.PyGenerator.Close",
            "MicroPy.Objects.PyInstance.Next",
            "MicroPy.Objects.PyInstance.Contains",
            "MicroPy.Objects.PySeqGetItemIterator.Next",
            "MicroPy.Runtime.Interp.RunModuleFile",
            "MicroPy.Types.DictTable.Update",
            "MicroPy.Runtime.BuiltinsModule.Call",
        };

        /// <summary>Leaves: the throw happens where the error arises (a frame that cannot be set up, a conversion, a
        /// driver call), not once per nesting level, so it holds one slot until the exception is handled.</summary>
        private static readonly string[] s_leaves =
        {
            "MicroPy.Runtime.Vm.CallFunction",
            // Loop sets f.Pc and rethrows to its caller Run, whose handler only records and completes: the two slots
            // are released there, once per nesting level crossed, not accumulated.
            "MicroPy.Runtime.Vm.Loop",
            "MicroPy.Runtime.Vm.EnterBound",
            "MicroPy.Compiler.NumberLiteral.Parse",
            "MicroPy.Modules.PyArray.Append",
            "MicroPy.Modules.VfsMounts.Stat",
            "MicroPy.Modules.Machine.PWMObject.SetFreq",
            "MicroPy.Modules.Machine.TimerChannelObject.Retime",
        };

        private static string NanoDll()
        {
            string best = null;
            DateTime newest = DateTime.MinValue;
            foreach (string cfg in new[] { "Debug", "Release" })
            {
                string p = Path.Combine(RepoRoot.Dir, "firmware", "Core", "bin", cfg, "nano", "MicroPy.Nano.Core.dll");
                if (File.Exists(p) && File.GetLastWriteTimeUtc(p) > newest)
                {
                    newest = File.GetLastWriteTimeUtc(p);
                    best = p;
                }
            }
            Assert.True(best != null, "the nano build of MicroPy.Nano.Core was not found; build the solution first");
            return best;
        }

        /// <summary>Operand sizes of every IL opcode (switch: variable), from System.Reflection.Emit.</summary>
        private static Dictionary<int, int> OperandSizes()
        {
            Dictionary<int, int> sizes = new Dictionary<int, int>();
            foreach (FieldInfo f in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                OpCode op = (OpCode)f.GetValue(null);
                int n;
                switch (op.OperandType)
                {
                    case OperandType.InlineNone: n = 0; break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar: n = 1; break;
                    case OperandType.InlineVar: n = 2; break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR: n = 8; break;
                    case OperandType.InlineSwitch: n = -1; break;
                    default: n = 4; break;
                }
                sizes[(ushort)op.Value] = n;
            }
            return sizes;
        }

        /// <summary>"Type.Method: throw at IL_xxxx inside a handler" for each throw or rethrow inside a catch or
        /// finally handler of the methods in only (all when null); with calls, also each call made there.</summary>
        private static List<string> ThrowsInsideHandlers(HashSet<string> only, bool calls = false)
        {
            Dictionary<int, int> sizes = OperandSizes();
            List<string> found = new List<string>();
            using (FileStream fs = File.OpenRead(NanoDll()))
            using (PEReader pe = new PEReader(fs))
            {
                MetadataReader md = pe.GetMetadataReader();
                foreach (TypeDefinitionHandle th in md.TypeDefinitions)
                {
                    TypeDefinition t = md.GetTypeDefinition(th);
                    string typeName = md.GetString(t.Namespace) + "." + md.GetString(t.Name);
                    foreach (MethodDefinitionHandle mh in t.GetMethods())
                    {
                        MethodDefinition m = md.GetMethodDefinition(mh);
                        string name = typeName + "." + md.GetString(m.Name);
                        if (m.RelativeVirtualAddress == 0 || (only != null && !only.Contains(name)))
                        {
                            continue;
                        }
                        MethodBodyBlock body = pe.GetMethodBody(m.RelativeVirtualAddress);
                        byte[] il = body.GetILBytes();
                        List<int[]> handlers = new List<int[]>();
                        foreach (ExceptionRegion r in body.ExceptionRegions)
                        {
                            if (r.Kind == ExceptionRegionKind.Catch || r.Kind == ExceptionRegionKind.Finally)
                            {
                                handlers.Add(new[] { r.HandlerOffset, r.HandlerOffset + r.HandlerLength });
                            }
                        }
                        int pc = 0;
                        while (pc < il.Length)
                        {
                            int at = pc;
                            int code = il[pc++];
                            if (code == 0xFE)
                            {
                                code = 0xFE00 | il[pc++];
                            }
                            int n = sizes[code];
                            if (n < 0)
                            {
                                n = 4 + 4 * BitConverter.ToInt32(il, pc);
                            }
                            string what = null;
                            if (code == 0x7A || code == 0xFE1A)
                            {
                                what = code == 0x7A ? "throw" : "rethrow";
                            }
                            else if (calls && (code == 0x28 || code == 0x6F || code == 0x73))
                            {
                                // In a re-entrant method a handler only records the exception: a call (other than a
                                // property getter) may throw, as Run's call to Unwind did.
                                string callee = CalleeName(md, MetadataTokens.EntityHandle(BitConverter.ToInt32(il, at + 1)));
                                if (!callee.StartsWith("get_", StringComparison.Ordinal))
                                {
                                    what = "call to " + callee;
                                }
                            }
                            pc += n;
                            if (what == null)
                            {
                                continue;
                            }
                            foreach (int[] h in handlers)
                            {
                                if (at >= h[0] && at < h[1])
                                {
                                    found.Add(name + ": " + what + " at IL_" + at.ToString("x4") + " inside a handler");
                                    break;
                                }
                            }
                        }
                    }
                }
            }
            return found;
        }

        [Fact]
        public void NoThrowInsideAHandlerButInKnownLeaves()
        {
            List<string> found = ThrowsInsideHandlers(null);
            List<string> bad = found.FindAll(f => Array.IndexOf(s_leaves, f.Substring(0, f.IndexOf(':'))) < 0);
            Assert.True(bad.Count == 0, "throw inside a catch/finally handler (record the exception, throw after the handler):\n" + string.Join("\n", bad));
        }

        [Fact]
        public void ReentrantHandlersOnlyRecordTheException()
        {
            List<string> found = ThrowsInsideHandlers(new HashSet<string>(s_reentrant), true);
            Assert.True(found.Count == 0, "a re-entrant method calls out of a handler (record the exception, act after the handler):\n" + string.Join("\n", found));
        }

        [Fact]
        public void TheScannerSeesTheMethodsItGuards()
        {
            // The scanner itself: CallFunction frees its frame and rethrows inside its handler, which must be found;
            // and the re-entrant methods exist under these names (a rename must not hide them).
            List<string> found = ThrowsInsideHandlers(new HashSet<string> { "MicroPy.Runtime.Vm.CallFunction" });
            Assert.Contains(found, s => s.StartsWith("MicroPy.Runtime.Vm.CallFunction: rethrow", StringComparison.Ordinal));
            foreach (string n in s_reentrant)
            {
                Assert.True(HasMethod(n), "no method " + n + " in the nano build (renamed? update the list)");
            }
        }

        private static string CalleeName(MetadataReader md, EntityHandle h)
        {
            switch (h.Kind)
            {
                case HandleKind.MethodDefinition:
                    return md.GetString(md.GetMethodDefinition((MethodDefinitionHandle)h).Name);
                case HandleKind.MemberReference:
                    return md.GetString(md.GetMemberReference((MemberReferenceHandle)h).Name);
                default:
                    return "?";
            }
        }

        private static bool HasMethod(string full)
        {
            using (FileStream fs = File.OpenRead(NanoDll()))
            using (PEReader pe = new PEReader(fs))
            {
                MetadataReader md = pe.GetMetadataReader();
                foreach (TypeDefinitionHandle th in md.TypeDefinitions)
                {
                    TypeDefinition t = md.GetTypeDefinition(th);
                    string typeName = md.GetString(t.Namespace) + "." + md.GetString(t.Name);
                    foreach (MethodDefinitionHandle mh in t.GetMethods())
                    {
                        if (typeName + "." + md.GetString(md.GetMethodDefinition(mh).Name) == full)
                        {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }
}
