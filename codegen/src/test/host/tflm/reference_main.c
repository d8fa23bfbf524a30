/*
 * The C int8 reference as a command, for Int8ReferenceTest: reads a .tflite file, then one int8 input
 * per line on stdin (numbers separated by commas), and prints each output as a line of numbers.
 *   reference MODEL.tflite < inputs.txt
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "int8_reference.h"

static unsigned char file[1 << 20];
static unsigned char arena[1 << 20];
static char line[1 << 20];

int main(int argc, char **argv) {
  if (argc != 2) return 2;
  FILE *f = fopen(argv[1], "rb");
  if (!f) return 2;
  size_t len = fread(file, 1, sizeof file, f);
  fclose(f);
  static kr_model m;
  int r = kr_load(&m, file, len);
  if (r) {
    printf("load %d\n", r);
    return 1;
  }
  if (kr_prepare(&m, arena, sizeof arena)) return 1;
  kr_tensor *in = &m.tensors[m.input], *out = &m.tensors[m.output];
  while (fgets(line, sizeof line, stdin)) {
    int n = 0;
    for (char *p = strtok(line, ",\n"); p && n < (int)in->bytes; p = strtok(NULL, ",\n")) in->data[n++] = (signed char)atoi(p);
    if (n != (int)in->bytes) {
      printf("input of %d, not %d\n", n, (int)in->bytes);
      return 1;
    }
    if ((r = kr_invoke(&m))) {
      printf("invoke %d\n", r);
      return 1;
    }
    for (size_t i = 0; i < out->bytes; i++) printf(i ? ",%d" : "%d", out->data[i]);
    printf("\n");
  }
  return 0;
}
