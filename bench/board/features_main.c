/* Times one window of a Kumiki feature pipeline's generated C on an emulated Cortex-M4. QEMU runs with
   -icount shift=0: one instruction is one nanosecond of virtual time, and timer 0 of the board counts
   at 25 MHz, so one tick is 40 instructions. The first window also fills the one-time tables. */
#include <stdint.h>
#include <stdio.h>

void kumiki_features(const float *window, float *out);

static volatile uint32_t *const TIMER0 = (volatile uint32_t *)0x40000000;
static float window[KUMIKI_WINDOW * KUMIKI_AXES];
static float out[KUMIKI_FEATURES];

static unsigned long instructions(void) {
    uint32_t before = TIMER0[1];
    kumiki_features(window, out);
    return (unsigned long)(before - TIMER0[1]) * 40;
}

int main(void) {
    TIMER0[2] = 0xFFFFFFFFu; /* reload */
    TIMER0[1] = 0xFFFFFFFFu; /* value */
    TIMER0[0] = 1;           /* enable */
    unsigned s = 7;
    for (int i = 0; i < KUMIKI_WINDOW * KUMIKI_AXES; i++) {
        s = s * 1103515245u + 12345u;
        window[i] = ((int)(s >> 16) % 2000 - 1000) / 2000.0f;
    }
    unsigned long first = instructions();
    unsigned long then = instructions();
    printf("%s: first window %lu instructions, each window after %lu instructions (%.2f ms at 120 MHz, one a cycle)\n",
           PIPELINE, first, then, then / 120e3);
    return 0;
}
