namespace MicroPy.DeviceTests
{
    /// <summary>
    /// What the scripted terminal types on the REPL UART (all of it waits in the UART's receive buffer from power-on,
    /// as when a host pastes ahead). session.exp next to the project is the transcript the board must answer with.
    /// </summary>
    public static class Session
    {
        public const string Input =
            "1+1\r" +
            // app.py and util.py on /flash, their functions compiled in app.pe and util.pe (loaded at start)
            "import app\r" +
            "app.run()\r" +
            "[app.tri(i) for i in range(5)]\r" +
            "import machine\r" +
            "p = machine.Pin(2, machine.Pin.OUT)\r" +
            "p.value(1)\r" +
            "p.value()\r" +
            // a WS2812 frame through the emulated RMT (nanoFramework.Hardware.Esp32.Rmt.TransmitterChannel)
            "import neopixel\r" +
            "np = neopixel.NeoPixel(machine.Pin(4), 1)\r" +
            "np[0] = (255, 0, 128)\r" +
            "np.write()\r" +
            // raw REPL (Ctrl-A): write main.py, run with Ctrl-D, back to the friendly REPL with Ctrl-B
            "\x01" +
            "f = open('main.py', 'w')\n" +
            "f.write('print(\"main.py runs\")\\nraise ValueError(\"boom\")\\n')\n" +
            "f.close()\n" +
            "\x04" +
            "\x02" +
            // soft reset (Ctrl-D on an empty line): main.py runs, its exception is reported, the REPL comes back
            "\x04" +
            "2+3\r" +
            // the images stay loaded over the soft reset (not loaded again); a fresh import attaches them again
            "import app\r" +
            "app.run()\r" +
            "print('session', 'end')\r";

        /// <summary>The transcript ends after this output and the prompt that follows it.</summary>
        public const string LastOutput = "session end\r\n>>> ";

        /// <summary>The pin the session drives; its level is read from the world at the end.</summary>
        public const int Pin = 2;
    }
}
