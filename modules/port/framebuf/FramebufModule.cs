using MicroPy.Objects;

namespace MicroPy.Modules.Framebuf
{
    /// <summary>framebuf: FrameBuffer and the pixel formats MONO_VLSB (MVLSB), RGB565, GS4_HMSB, MONO_HLSB.</summary>
    public sealed class FramebufModule : ValueModule
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

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int FrameBuffer = 0;
            public const int MONO_VLSB = 1;
            public const int MVLSB = 2;
            public const int RGB565 = 3;
            public const int GS4_HMSB = 4;
            public const int MONO_HLSB = 5;
        }

        public override object GetValue(int id)
        {
            switch (id)
            {
                case Id.FrameBuffer: return FrameBufferObject.TypeObject;
                case Id.MONO_VLSB: case Id.MVLSB: return PyInt.Create(FrameBufferObject.MonoVlsb);
                case Id.RGB565: return PyInt.Create(FrameBufferObject.Rgb565);
                case Id.GS4_HMSB: return PyInt.Create(FrameBufferObject.Gs4Hmsb);
                default: return PyInt.Create(FrameBufferObject.MonoHlsb);
            }
        }
    }
}
