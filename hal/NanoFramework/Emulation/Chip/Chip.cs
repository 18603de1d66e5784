using System;
using System.Collections;
using System.Device.Gpio;
using System.IO.Ports;

namespace MicroPy.Hal.NanoFramework.Emulation
{
    /// <summary>
    /// The emulated firmware's shared state: the world, which pins are open, the ESP32 pin-function map, the sleep
    /// wake sources, and the dispatch of world reports (edges, UART data) to the managed objects. Events are
    /// delivered when the world reports them; the firmware posts them to its event thread instead
    /// (nf-interpreter src/System.Device.Gpio/sys_dev_gpio_native_System_Device_Gpio_GpioPin.cpp, Gpio_Interupt_ISR).
    /// </summary>
    internal sealed class Chip : IWorldListener
    {
        private static Chip s_chip;
        private readonly IBoardWorld _world;
        private readonly ArrayList _pins = new ArrayList();
        private readonly ArrayList _ports = new ArrayList();
        private readonly int[] _functions = new int[256];

        /// <summary>Registered SerialPort objects (SerialDeviceController.DeviceCollection).</summary>
        public readonly ArrayList SerialPorts = new ArrayList();

        /// <summary>Live PwmChannel objects.</summary>
        public readonly ArrayList PwmChannels = new ArrayList();

        /// <summary>STM32 RTC backup registers: they survive resets and standby.</summary>
        public static readonly int[] Backup = new int[32];

        public static Exception Disposed()
        {
#if NANOFRAMEWORK_1_0
            return new ObjectDisposedException();
#else
            return new ObjectDisposedException("");
#endif
        }

        /// <summary>A fresh chip on the current world (a boot): pins, ports, routing and wake sources start empty.</summary>
        public static void Boot()
        {
            s_chip = new Chip(BoardWorld.Current);
        }

        /// <summary>The ESP32's RMT channels in use (RMT_CHANNEL_MAX: 8 on the classic ESP32).</summary>
        public readonly bool[] RmtChannels = new bool[8];

        /// <summary>ESP32 sleep timer wake (us), armed by Sleep.EnableWakeupByTimer; -1 none.</summary>
        public long WakeTimerUs = -1;

        /// <summary>ESP32 ext0 wake (Sleep.EnableWakeupByPin): the RTC GPIO and its level; -1 none.</summary>
        public int WakeExt0Pin = -1;
        public int WakeExt0Level;

        /// <summary>ESP32 ext1 wake (Sleep.EnableWakeupByMultiPins): the RTC GPIOs and the mode (0 all low, 1 any
        /// high); mask 0 none.</summary>
        public long WakeExt1Mask;
        public int WakeExt1Mode;

        /// <summary>The ext0 pin of the last deep sleep: RTC state that survives it, so the next boot can tell an ext0
        /// wake from an ext1 one (esp_sleep_get_wakeup_cause).</summary>
        public static int SleptExt0Pin = -1;

        /// <summary>
        /// The classic ESP32's RTC GPIOs, the only ones ext0/ext1 can use (esp_sleep_is_valid_wakeup_gpio; the list in
        /// nanoFramework.Hardware.Esp32's Sleep.WakeupGpioPin: 0, 2, 4, 12-15, 25-27, 32-39).
        /// </summary>
        public static bool IsRtcGpio(int pin)
        {
            return pin == 0 || pin == 2 || pin == 4 || (pin >= 12 && pin <= 15) || (pin >= 25 && pin <= 27) || (pin >= 32 && pin <= 39);
        }

        private Chip(IBoardWorld world)
        {
            _world = world;
            world.Listener = this;
        }

        public static Chip Current
        {
            get
            {
                IBoardWorld w = BoardWorld.Current;
                if (s_chip == null || s_chip._world != w)
                {
                    s_chip = new Chip(w);
                }
                return s_chip;
            }
        }

        public static IBoardWorld World
        {
            get { return Current._world; }
        }

        public bool Esp32
        {
            get { return _world.Mcu == EmulatedMcu.Esp32; }
        }

        /// <summary>
        /// A pin number the firmware accepts. ESP32: GPIO_IS_VALID_GPIO (0-39 without 20, 24, 28-31; ESP-IDF
        /// soc/esp32 gpio caps, used by nf-interpreter targets/ESP32/_nanoCLR/System.Device.Gpio/cpu_gpio.cpp
        /// CPU_GPIO_ReservePin). STM32: IsValidGpioPin, pinNumber &lt;= GPIO_MAX_PIN = 256
        /// (targets/ChibiOS/_nanoCLR/System.Device.Gpio/cpu_gpio.cpp); the F769NI has ports A-K (0-175).
        /// </summary>
        public bool IsValidPin(int pin)
        {
            if (Esp32)
            {
                return pin >= 0 && pin <= 39 && pin != 20 && pin != 24 && (pin < 28 || pin > 31);
            }
            return pin >= 0 && pin < 176;
        }

        /// <summary>ESP32 GPIO34-39 are input only (GPIO_IS_VALID_OUTPUT_GPIO; cpu_gpio.cpp, "GPIO34-39 Only input mode").</summary>
        public bool IsOutputCapable(int pin)
        {
            return !Esp32 || pin < 34;
        }

        public GpioPin FindPin(int pin)
        {
            for (int i = 0; i < _pins.Count; i++)
            {
                GpioPin p = (GpioPin)_pins[i];
                if (p.PinNumber == pin)
                {
                    return p;
                }
            }
            return null;
        }

        public void AddPin(GpioPin p)
        {
            _pins.Add(p);
        }

        public void RemovePin(GpioPin p)
        {
            _pins.Remove(p);
        }

        public void AddPort(SerialPort p)
        {
            _ports.Add(p);
        }

        public void RemovePort(SerialPort p)
        {
            _ports.Remove(p);
        }

        public bool PortOpen(string name)
        {
            for (int i = 0; i < _ports.Count; i++)
            {
                if (((SerialPort)_ports[i]).PortName == name)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// ESP32 Configuration.SetPinFunction: the pin that carries a DeviceFunction, or -1 (Esp32_GetMappedDevicePins*,
        /// nf-interpreter targets/ESP32/_common/ESP32_DeviceMapping.cpp).
        /// </summary>
        public int PinOfFunction(int function)
        {
            for (int i = 0; i < _functions.Length; i++)
            {
                if (_functions[i] == function)
                {
                    return i;
                }
            }
            return -1;
        }

        public void SetFunction(int pin, int function)
        {
            // A function sits on one pin: mapping it again moves it.
            for (int i = 0; i < _functions.Length; i++)
            {
                if (_functions[i] == function)
                {
                    _functions[i] = 0;
                }
            }
            _functions[pin] = function;
        }

        public void PinChanged(int pin, int level)
        {
            GpioPin p = FindPin(pin);
            if (p != null)
            {
                p.OnWorldEdge(level);
            }
        }

        public void UartReceived(int com)
        {
            string name = "COM" + com.ToString();
            for (int i = 0; i < _ports.Count; i++)
            {
                SerialPort p = (SerialPort)_ports[i];
                if (p.PortName == name)
                {
                    p.OnWorldData();
                }
            }
        }
    }
}
