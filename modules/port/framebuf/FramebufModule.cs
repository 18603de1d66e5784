using MicroPy.Core;

namespace MicroPy.Modules.Framebuf
{
    /// <summary>framebuf: FrameBuffer and the pixel formats MONO_VLSB (MVLSB), RGB565, GS4_HMSB, MONO_HLSB.</summary>
    public sealed class FramebufModule : NativeModule
    {
        private static FramebufModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static FramebufModule Instance
        {
            get { return s_instance ?? (s_instance = new FramebufModule()); }
        }

        private FramebufModule() : base("framebuf", new string[]
        {
            "FrameBuffer", "MONO_VLSB", "MVLSB", "RGB565", "GS4_HMSB", "MONO_HLSB",
        })
        {
        }

        public override int Kind(int id)
        {
            return MemberValue;
        }

        public override object GetValue(int id)
        {
            switch (id)
            {
                case 0: return FrameBufferObject.TypeObject;
                case 1: case 2: return PyInt.Create(FrameBufferObject.MonoVlsb);
                case 3: return PyInt.Create(FrameBufferObject.Rgb565);
                case 4: return PyInt.Create(FrameBufferObject.Gs4Hmsb);
                default: return PyInt.Create(FrameBufferObject.MonoHlsb);
            }
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            return PyNone.None;
        }
    }
}
