# onewire and ds18x20 over a simulated 1-Wire bus with DS18B20 sensors that read the master's slots from the pin
# (reset >= 480 us answered by a presence pulse; a 1 slot's low under 15 us, a 0 slot's 60-120 us) and answer the
# datasheet's commands: ROM search, MATCH/SKIP/READ ROM, CONVERT T (750 ms at 12 bits), scratchpads with CRC.
# nf-emulation: esp32s3_devkitc (through nanoFramework's OneWireHost on UART2, moved between the two buses' pins; the DevKitC's REPL takes UART2, STM32's emulation has no bus)
import machine, onewire, ds18x20, sim, time

ow = onewire.OneWire(machine.Pin(4))
print(ow.reset(), ow.readbit(), ow.readbyte())
try:
    ow.reset(True)
except onewire.OneWireError:
    print('OneWireError')
print(ow.scan())
print(onewire.OneWire.SEARCH_ROM, onewire.OneWire.MATCH_ROM, onewire.OneWire.SKIP_ROM)
# the Dallas/Maxim CRC-8 of the datasheet's example ROM is its last byte, so the CRC of all 8 bytes is 0
print(ow.crc8(b'\x02\x1c\xb8\x01\x00\x00\x00'), ow.crc8(b'\x02\x1c\xb8\x01\x00\x00\x00\xa2'), ow.crc8(b''))

a = sim.ds18b20(4, 21.5, 0x0102030405)
b = sim.ds18b20(4, -10.125, 0x00000000A0)
c = sim.ds18b20(4, 100.0, 0x0000000001)
print(ow.reset(), [hex(x) for x in a.rom()])
roms = ow.scan()
print(len(roms), sorted(bytes(r) for r in roms) == sorted([a.rom(), b.rom(), c.rom()]))
for r in roms:
    print(r[0] == 0x28, ow.crc8(r))

ds = ds18x20.DS18X20(ow)
roms = ds.scan()
# before the first conversion the register holds the power-on value, 85 degrees C
print([ds.read_temp(r) for r in roms])
ds.convert_temp()
# mid-conversion read slots answer 0, then 1 once the 750 ms have passed
print(ow.readbit())
time.sleep_ms(750)
print(ow.readbit())
temps = {bytes(r): ds.read_temp(r) for r in roms}
print(temps[a.rom()], temps[b.rom()], temps[c.rom()])
print(ds.read_scratch(a.rom()) == a.scratchpad(), a.scratchpad())
# 9-bit resolution: TH, TL and the configuration byte; conversions then take 93.75 ms and keep 0.5 degree steps
ds.write_scratch(a.rom(), b'\x1e\x0a\x1f')
print(ds.read_scratch(a.rom())[2:5])
a.temperature(23.8)
ds.convert_temp()
time.sleep_ms(94)
print(ds.read_temp(a.rom()), ds.read_temp(b.rom()) is not None)
# READ ROM with one device on the bus
one = onewire.OneWire(machine.Pin(5))
d5 = sim.ds18b20(5, 0.0, 0xABCDEF)
one.reset()
one.writebyte(0x33)
rom = bytearray(8)
one.readinto(rom)
print(bytes(rom) == d5.rom(), one.crc8(rom))
# READ POWER SUPPLY: externally powered sensors answer 1
one.reset()
one.writebyte(0xCC)
one.writebyte(0xB4)
print(one.readbit())
# a master that writes a 0 (60 us low) where the sensor sends a bit breaks the protocol: the sensor counts a
# protocol error and the rest of the scratchpad comes one bit late, which its CRC catches
one.reset()
one.select_rom(rom)
one.writebyte(0xBE)
pad = bytearray(9)
one.readinto(memoryview(pad)[:4])
one.writebit(0)
one.readinto(memoryview(pad)[4:])
print(d5.errors(), one.crc8(pad) != 0, bytes(pad[:4]) == d5.scratchpad()[:4])
# bit-banging the same protocol from Python with Pin and sleep_us works as well: reset and presence
p = machine.Pin(5, machine.Pin.OPEN_DRAIN, machine.Pin.PULL_UP)
p.value(0)
time.sleep_us(500)
p.value(1)
time.sleep_us(70)
print('presence', p.value())
time.sleep_us(430)
# a 200 us low is neither a slot nor a reset
p.value(0)
time.sleep_us(200)
p.value(1)
time.sleep_us(100)
print(d5.errors())
ow2 = onewire.OneWire(machine.Pin(12))
print(ow2.scan(), ow2.reset())
try:
    ds18x20.DS18X20(ow2).convert_temp()
except onewire.OneWireError:
    print('OneWireError')
for bad in (lambda: onewire.OneWire(machine.Pin(34)), lambda: ds18x20.DS18X20(5), lambda: ow.write(5)):
    try:
        bad()
        print('no error')
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
