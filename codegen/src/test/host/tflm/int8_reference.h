/*
 * A small int8 inference engine in C99 for the host runner: it reads a .tflite file and computes what
 * TensorFlow Lite for Microcontrollers' reference int8 kernels compute (FULLY_CONNECTED, CONV_2D,
 * MAX_POOL_2D, RESHAPE, SOFTMAX), integer for integer. It is test code: tflm_host.cpp builds the TFLM
 * API the generated sketches call on top of it, and Int8ReferenceTest checks it bit for bit against
 * Kumiki's Java interpreter (kumiki.ml.quant.Int8Interpreter) on every model the tests export.
 *
 * Written from TFLM's reference kernels (kernels/internal/reference/integer_ops, softmax.h) and
 * gemmlowp's fixed-point helpers; it keeps their loop structure, not their code.
 */
#ifndef KUMIKI_INT8_REFERENCE_H
#define KUMIKI_INT8_REFERENCE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KR_MAX_TENSORS 64
#define KR_MAX_OPS 32
#define KR_MAX_RANK 6

typedef struct {
  int rank;
  int dims[KR_MAX_RANK];
  int type;                 /* TFLite TensorType: 9 int8, 2 int32 */
  const uint8_t *constant;  /* the buffer's bytes for weights, biases and shapes; NULL for activations */
  size_t constant_bytes;
  int scales;               /* how many scales (one per channel for conv weights) */
  const uint8_t *scale;     /* little-endian floats inside the file */
  const uint8_t *zero_point;/* little-endian int64s inside the file */
  int8_t *data;             /* where prepare put an activation in the arena */
  size_t bytes;
} kr_tensor;

typedef struct {
  int builtin;              /* TFLite BuiltinOperator */
  int inputs[4];
  int input_count;
  int output;
  int activation;           /* 0 none, 1 relu */
  int padding;              /* 0 same, 1 valid */
  int stride_w, stride_h, filter_w, filter_h, dilation_w, dilation_h;
  float beta;
} kr_op;

typedef struct {
  uint32_t version;
  kr_tensor tensors[KR_MAX_TENSORS];
  int tensor_count;
  kr_op ops[KR_MAX_OPS];
  int op_count;
  int input, output;
  size_t arena_used;
} kr_model;

/* Reads a .tflite file of len bytes. 0 when it is a model this engine runs; otherwise a negative code. */
int kr_load(kr_model *m, const uint8_t *file, size_t len);

/* Places every activation in the arena (16-byte aligned, none shared). 0 when it fits. */
int kr_prepare(kr_model *m, uint8_t *arena, size_t size);

/* Runs the model on the input tensor's data; 0 when every operator ran. */
int kr_invoke(kr_model *m);

float kr_scale(const kr_tensor *t, int channel);
int32_t kr_zero_point(const kr_tensor *t, int channel);
int kr_elements(const kr_tensor *t);

#ifdef __cplusplus
}
#endif

#endif
