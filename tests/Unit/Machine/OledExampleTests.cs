using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Xunit;

namespace MicroPy.Tests.Machine
{
    /// <summary>
    /// firmware/Host/examples/oled.py drives the example SSD1306 driver (ssd1306.py) on the simulated board's
    /// 128x64 display: the glass it prints must show the text as FrameBuffer.text draws it, the display must have
    /// seen no protocol error, and the saved PBM image must hold the same pixels.
    /// </summary>
    public class OledExampleTests
    {
        private static string Run(string cwd, string args)
        {
            ProcessStartInfo psi = new ProcessStartInfo("dotnet", "\"" + Path.Combine(AppContext.BaseDirectory, "micropy.dll") + "\" " + args);
            psi.WorkingDirectory = cwd;
            psi.RedirectStandardOutput = true;
            psi.RedirectStandardError = true;
            psi.RedirectStandardInput = true;
            psi.UseShellExecute = false;
            using (Process p = Process.Start(psi))
            {
                p.StandardInput.Close();
                var err = p.StandardError.ReadToEndAsync();
                string o = p.StandardOutput.ReadToEnd();
                Assert.True(p.WaitForExit(30000), "timeout");
                Assert.True(p.ExitCode == 0, o + err.Result);
                return o.Replace("\r\n", "\n");
            }
        }

        [Fact]
        public void GlassShowsTheTextAndThePbmMatches()
        {
            string dir = Path.Combine(Path.GetTempPath(), "oled-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string ex = Path.Combine(RepoRoot.Dir, "firmware", "Host", "examples");
                File.Copy(Path.Combine(ex, "oled.py"), Path.Combine(dir, "oled.py"));
                File.Copy(Path.Combine(ex, "ssd1306.py"), Path.Combine(dir, "ssd1306.py"));
                string[] lines = Run(dir, "oled.py shot.pbm").Split('\n');
                Assert.Equal("on: True errors: 0", lines[64]);
                Assert.Equal("saved shot.pbm", lines[65]);
                // The first text row as a plain FrameBuffer draws it.
                string fb = Run(dir, "-c \"import framebuf\nb = bytearray(128)\nf = framebuf.FrameBuffer(b, 128, 8, framebuf.MONO_VLSB)\n"
                    + "f.text('MicroPy.Nano', 0, 0)\nfor y in range(8): print(''.join('#' if f.pixel(x, y) else '.' for x in range(128)))\"");
                string[] want = fb.Split('\n');
                for (int y = 0; y < 8; y++)
                {
                    Assert.Equal(want[y], lines[y]);
                }
                Assert.Contains('#', lines[0]);
                Assert.Equal(new string('#', 128), lines[24]);
                byte[] img = File.ReadAllBytes(Path.Combine(dir, "shot.pbm"));
                byte[] head = Encoding.ASCII.GetBytes("P4\n128 64\n");
                Assert.Equal(head.Length + 16 * 64, img.Length);
                for (int y = 0; y < 64; y++)
                {
                    for (int x = 0; x < 128; x++)
                    {
                        bool set = (img[head.Length + y * 16 + x / 8] & (0x80 >> (x & 7))) != 0;
                        Assert.True(set == (lines[y][x] == '#'), "pixel " + x + "," + y);
                    }
                }
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
