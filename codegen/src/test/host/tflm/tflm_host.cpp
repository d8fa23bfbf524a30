// The host runner's TensorFlow Lite for Microcontrollers: the calls declared in ../../stubs/tflm_cortexm.h,
// implemented on the C int8 reference (int8_reference.c), so a generated Teach sketch runs its model on
// the computer and computes the same integers as TFLM on the board. Test code only.
//
// TFLM keeps its own bookkeeping inside the arena, and how much is a property of the real library;
// the host cannot know it. So activations live in the host's own memory, and the arena the sketch
// gives must be at least as big as the script says real TFLM needs ("tflm-arena BYTES", default 0):
// that is how a test makes AllocateTensors() fail and checks what the child then sees.
#include "tflm_cortexm.h"

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

extern "C" {
#include "int8_reference.h"
}

// Set by runtime.cpp from the script.
size_t kumiki_host_tflm_arena_needed = 0;
void kumiki_host_event(const char *text);

namespace tflite {

namespace {
// A .tflite file carries no length; the host trusts Kumiki's own files up to this size.
const size_t MODEL_LIMIT = 16u << 20;

struct Interpreter {
  const Model *model;
  const MicroOpResolver *resolver;
  size_t arena_size;
  kr_model m;
  std::vector<uint8_t> memory;
  bool allocated = false;
  TfLiteTensor in{}, out{};
  std::vector<int> in_dims, out_dims;
};

void describe(TfLiteTensor *t, kr_tensor *k, std::vector<int> &dims) {
  dims.assign(1 + k->rank, 0);
  dims[0] = k->rank;
  for (int i = 0; i < k->rank; i++) dims[1 + i] = k->dims[i];
  t->dims = reinterpret_cast<TfLiteIntArray *>(dims.data());
  t->data.int8 = k->data;
  t->bytes = k->bytes;
  t->type = kTfLiteInt8;
  t->params.scale = kr_scale(k, 0);
  t->params.zero_point = kr_zero_point(k, 0);
  t->allocation_type = kTfLiteArenaRw;
}
}  // namespace

uint32_t Model::version() const {
  static kr_model m;
  if (kr_load(&m, reinterpret_cast<const uint8_t *>(this), MODEL_LIMIT) != 0) return 0;
  return m.version;
}

const Model *GetModel(const void *buf) { return reinterpret_cast<const Model *>(buf); }

void InitializeTarget() {}

void MicroPrintf(const char *format, ...) {
  char line[256];
  va_list args;
  va_start(args, format);
  vsnprintf(line, sizeof line, format, args);
  va_end(args);
  kumiki_host_event(line);
}

TfLiteRegistration Register_CONV_2D() { return {BuiltinOperator_CONV_2D, nullptr, 1}; }
TfLiteRegistration Register_FULLY_CONNECTED() { return {BuiltinOperator_FULLY_CONNECTED, nullptr, 1}; }
TfLiteRegistration Register_MAX_POOL_2D() { return {BuiltinOperator_MAX_POOL_2D, nullptr, 1}; }
TfLiteRegistration Register_RESHAPE() { return {BuiltinOperator_RESHAPE, nullptr, 1}; }
TfLiteRegistration Register_SOFTMAX() { return {BuiltinOperator_SOFTMAX, nullptr, 1}; }

MicroInterpreter::MicroInterpreter(const Model *model, const MicroOpResolver &op_resolver, uint8_t *tensor_arena,
                                   size_t tensor_arena_size, MicroResourceVariables *, MicroProfilerInterface *) {
  Interpreter *i = new Interpreter();
  i->model = model;
  i->resolver = &op_resolver;
  i->arena_size = tensor_arena_size;
  (void)tensor_arena;
  impl_ = i;
}

MicroInterpreter::~MicroInterpreter() { delete static_cast<Interpreter *>(impl_); }

TfLiteStatus MicroInterpreter::AllocateTensors() {
  Interpreter *i = static_cast<Interpreter *>(impl_);
  int r = kr_load(&i->m, reinterpret_cast<const uint8_t *>(i->model), MODEL_LIMIT);
  if (r != 0) {
    MicroPrintf("Model is not a model the host reference runs (%d)", r);
    return kTfLiteError;
  }
  for (int o = 0; o < i->m.op_count; o++) {
    if (!i->resolver->FindOp(static_cast<BuiltinOperator>(i->m.ops[o].builtin))) {
      // TFLM's words when the resolver lacks an operator the model uses.
      MicroPrintf("Didn't find op for builtin opcode '%d'", i->m.ops[o].builtin);
      return kTfLiteError;
    }
  }
  if (i->arena_size < kumiki_host_tflm_arena_needed) {
    MicroPrintf("Failed to allocate tail memory. Requested: %u, available %u",
                (unsigned)kumiki_host_tflm_arena_needed, (unsigned)i->arena_size);
    return kTfLiteError;
  }
  i->memory.assign(1u << 20, 0);
  if (kr_prepare(&i->m, i->memory.data(), i->memory.size()) != 0) return kTfLiteError;
  describe(&i->in, &i->m.tensors[i->m.input], i->in_dims);
  describe(&i->out, &i->m.tensors[i->m.output], i->out_dims);
  i->allocated = true;
  return kTfLiteOk;
}

TfLiteStatus MicroInterpreter::Invoke() {
  Interpreter *i = static_cast<Interpreter *>(impl_);
  if (!i->allocated) {
    MicroPrintf("Invoke() called after initialization failed");
    return kTfLiteError;
  }
  return kr_invoke(&i->m) == 0 ? kTfLiteOk : kTfLiteError;
}

TfLiteTensor *MicroInterpreter::input(size_t index) {
  Interpreter *i = static_cast<Interpreter *>(impl_);
  return i->allocated && index == 0 ? &i->in : nullptr;
}

TfLiteTensor *MicroInterpreter::output(size_t index) {
  Interpreter *i = static_cast<Interpreter *>(impl_);
  return i->allocated && index == 0 ? &i->out : nullptr;
}

size_t MicroInterpreter::arena_used_bytes() const {
  Interpreter *i = static_cast<Interpreter *>(impl_);
  return i->allocated ? i->m.arena_used : 0;
}

}  // namespace tflite
