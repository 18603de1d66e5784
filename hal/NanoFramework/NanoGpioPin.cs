using System;
using System.Device.Gpio;
using MicroPy.Objects;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// A GPIO over System.Device.Gpio. The nanoFramework pin is opened lazily and handed back (closed) when a bus or
    /// PWM takes the line. Edge IRQs come from GpioPin.ValueChanged on nanoFramework's event thread and only queue
    /// the Python handler (IIrqSink). nanoFramework has no level interrupts: IRQ_HIGH_LEVEL/IRQ_LOW_LEVEL fire on
    /// the edge into that level.
    /// Firmware rules this follows (nf-interpreter src/System.Device.Gpio, targets/ESP32 and targets/ChibiOS
    /// cpu_gpio.cpp; the emulation in hal/NanoFramework/Emulation reproduces them): GpioPin.Write throws on a pin that
    /// is not an output, so value(x) on an input only latches x for when the pin becomes an output; every switch to an
    /// output mode drives the pin low, and so does adding or removing a ValueChanged handler on an output, so the
    /// latched level is written after each; ValueChanged fires on every write to an output with a handler, so only
    /// real level changes reach the IRQ; an ESP32 output has no input buffer (reads 0), so value() of an output
    /// reports the latched level there.
    /// </summary>
    public sealed class NanoGpioPin : IGpioPin
    {
        private readonly NanoHardware _hw;
        private readonly int _number;
        private GpioPin _pin;
        private int _mode = -1;
        private int _pull = GpioConst.PullNone;
        private int _out;
        private int _trigger;
        private IIrqSink _sink;
        private PinValueChangedEventHandler _handler;
        private int _lastLevel = -1;

        public NanoGpioPin(NanoHardware hw, int number)
        {
            _hw = hw;
            _number = number;
        }

        public int Number
        {
            get { return _number; }
        }

        private GpioPin Pin()
        {
            if (_pin == null)
            {
                try
                {
                    _pin = _hw.Controller.OpenPin(_number);
                }
                catch (Exception)
                {
                    throw Err.OS(OsErrno.EBUSY, "pin " + Ops.IntToString(_number) + " is in use");
                }
                if (_mode >= 0)
                {
                    Apply();
                }
                if (_handler != null)
                {
                    _pin.ValueChanged += _handler;
                    RestoreLevel();
                }
            }
            return _pin;
        }

        /// <summary>Gives the line up (a peripheral is routed onto it); a later Pin operation reopens it.</summary>
        public void Release()
        {
            GpioPin p = _pin;
            _pin = null;
            if (p != null)
            {
                if (_handler != null)
                {
                    p.ValueChanged -= _handler;
                }
                p.Dispose();
            }
        }

        public void SetMode(int mode, int pull)
        {
            _mode = mode;
            _pull = pull;
            Pin();
            Apply();
        }

        private bool IsOutput
        {
            get { return _mode == GpioConst.ModeOut || _mode == GpioConst.ModeAlt || _mode == GpioConst.ModeOpenDrain || _mode == GpioConst.ModeAltOpenDrain; }
        }

        private void Apply()
        {
            PinMode pm = Map(_mode, _pull);
            GpioPin p = _pin;
            try
            {
                p.SetPinMode(pm);
            }
            catch (ArgumentException)
            {
                throw Err.Value("pin " + Ops.IntToString(_number) + " doesn't support this mode/pull");
            }
            RestoreLevel();
        }

        /// <summary>The firmware drives an output low on every mode setup: put the latched level back.</summary>
        private void RestoreLevel()
        {
            if (!IsOutput)
            {
                _lastLevel = -1;
            }
            else if (_pin != null)
            {
                _lastLevel = _out;
                _pin.Write(_out != 0 ? PinValue.High : PinValue.Low);
            }
        }

        /// <summary>machine.Pin mode and pull as a nanoFramework PinMode.</summary>
        public static PinMode Map(int mode, int pull)
        {
            switch (mode)
            {
                case GpioConst.ModeOut:
                case GpioConst.ModeAlt:
                    return PinMode.Output;
                case GpioConst.ModeOpenDrain:
                case GpioConst.ModeAltOpenDrain:
                    return pull == GpioConst.PullUp ? PinMode.OutputOpenDrainPullUp : PinMode.OutputOpenDrain;
                default:
                    if (pull == GpioConst.PullUp)
                    {
                        return PinMode.InputPullUp;
                    }
                    return pull == GpioConst.PullDown ? PinMode.InputPullDown : PinMode.Input;
            }
        }

        public int Read()
        {
            GpioPin p = Pin();
#if !NF_STM32
            if (_mode == GpioConst.ModeOut || _mode == GpioConst.ModeAlt)
            {
                return _out;
            }
#endif
            return (int)p.Read() != 0 ? 1 : 0;
        }

        public void Write(int level)
        {
            _out = level != 0 ? 1 : 0;
            GpioPin p = Pin();
            if (IsOutput)
            {
                p.Write(_out != 0 ? PinValue.High : PinValue.Low);
            }
        }

        public void SetIrq(int trigger, IIrqSink sink)
        {
            GpioPin p = Pin();
            if (trigger == 0 || sink == null)
            {
                _sink = null;
                _trigger = 0;
                if (_handler != null)
                {
                    p.ValueChanged -= _handler;
                    _handler = null;
                    RestoreLevel();
                }
                return;
            }
            _trigger = trigger;
            _sink = sink;
            if (_handler == null)
            {
                _handler = new PinValueChangedEventHandler(OnValueChanged);
                p.ValueChanged += _handler;
                RestoreLevel();
            }
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            IIrqSink sink = _sink;
            int t = _trigger;
            if (sink == null)
            {
                return;
            }
            int level = (e.ChangeType & PinEventTypes.Rising) != 0 ? 1 : 0;
            if (level == _lastLevel)
            {
                // A write that did not change the level (the firmware reports every write).
                return;
            }
            _lastLevel = level;
            int flags = 0;
            if ((e.ChangeType & PinEventTypes.Rising) != 0)
            {
                flags |= t & (GpioConst.IrqRising | GpioConst.IrqHighLevel);
            }
            if ((e.ChangeType & PinEventTypes.Falling) != 0)
            {
                flags |= t & (GpioConst.IrqFalling | GpioConst.IrqLowLevel);
            }
            if (flags != 0)
            {
                sink.OnIrq(this, flags);
            }
        }
    }
}
