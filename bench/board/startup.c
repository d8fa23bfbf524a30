/* A bare Cortex-M4 for QEMU's mps2-an386 board: the vector table (stack, reset), the FPU switched on,
   then newlib's semihosting start-up (_start), which sets up the C library and calls main(). */
#include <stdint.h>

extern void _start(void);
extern uint32_t __StackTop;

static void reset(void) {
    *(volatile uint32_t *)0xE000ED88 |= (0xFu << 20); /* CPACR: CP10 and CP11, the FPU, full access */
    __asm volatile("dsb\n isb");
    _start();
    for (;;) {
    }
}

static void fault(void) {
    for (;;) {
    }
}

__attribute__((section(".isr_vector"), used)) const void *vectors[16] = {
    &__StackTop, (void *)reset, (void *)fault, (void *)fault, (void *)fault, (void *)fault, (void *)fault};
