# Pins and bus ids of the machine scenarios on each board table they run on: the simulated board, and (through the
# nanoFramework adapters, micropy --nf-emulation) the ESP32 DevKitC and STM32F769I-DISCO tables.
import sim

BOARD = sim.board()
if BOARD.startswith('STM32'):
    LED, LED_NAME = 157, 'LED_RED'               # LD1, PJ13
    BUTTON = 0           # USER, PA0
    BAD_PIN = 7          # PA7: not on the table
    I2C_A, I2C_A_SCL, I2C_A_SDA = 1, 24, 25      # I2C1: PB8, PB9
    I2C_B = 1
    SPI_A, SPI_A_MOSI, SPI_A_MISO = 2, 31, 30    # SPI2: PB15, PB14
    SPI_B, SPI_B_CS = 5, 11                      # SPI5, CS on D10 = PA11
    UART_A = 5
    UART_B = 5
    ADC_CH, ADC_PIN = 0, 6                       # A0 = PA6
    ECHO = 145                                   # D2 = PJ1
    PWM_A, PWM_B, NO_PWM = 39, 40, 145           # D0 = PC7 (TIM3), D5 = PC8 (TIM3); D2 = PJ1 has no timer
    POOL_PINS = None
else:
    LED, LED_NAME = 2, 'LED'
    BUTTON = 0
    BAD_PIN = 6          # a flash pin
    I2C_A, I2C_A_SCL, I2C_A_SDA = 0, 22, 21
    I2C_B = 1
    SPI_A, SPI_A_MOSI, SPI_A_MISO = 1, 13, 12
    SPI_B, SPI_B_CS = 2, 5
    UART_A = 1
    # The DevKitC's UART2 serves the REPL there; the simulated board's REPL is UART0.
    UART_B = 0 if BOARD.startswith('ESP32') else 2
    ADC_CH, ADC_PIN = 0, 36
    ECHO = 18
    PWM_A, PWM_B, NO_PWM = 4, 5, 34              # GPIO34 is input only
    POOL_PINS = [12, 13, 14, 15, 16, 17, 18, 19]
