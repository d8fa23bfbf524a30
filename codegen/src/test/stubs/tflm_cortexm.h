// Stand-in for the TensorFlow Lite for Microcontrollers API that Kumiki's Teach sketches call, as the
// Arduino library tflm_cortexm 1.0.0 (eloquentarduino; TFLM of 2023) declares it: tflm_cortexm.h pulls
// in micro_mutable_op_resolver.h, micro_interpreter.h, system_setup.h and schema_generated.h. Only what
// the sketches use is here, with the same names, types and signatures (checked by hand against the
// library's headers). Real TFLM is in no package registry; ../host/tflm/tflm_host.cpp implements these
// declarations for the host runner on top of a C int8 reference.
#ifndef KUMIKI_STUB_TFLM_CORTEXM_H
#define KUMIKI_STUB_TFLM_CORTEXM_H

#include <stddef.h>
#include <stdint.h>
// The real headers pull in the C++ standard library (flatbuffers, micro_utils.h...), as this does.
#include <algorithm>

// tensorflow/lite/core/c/c_api_types.h
typedef enum TfLiteStatus {
  kTfLiteOk = 0,
  kTfLiteError = 1,
  kTfLiteDelegateError = 2,
  kTfLiteApplicationError = 3,
  kTfLiteDelegateDataNotFound = 4,
  kTfLiteDelegateDataWriteError = 5,
  kTfLiteDelegateDataReadError = 6,
  kTfLiteUnresolvedOps = 7,
  kTfLiteCancelled = 8,
} TfLiteStatus;

typedef enum {
  kTfLiteNoType = 0,
  kTfLiteFloat32 = 1,
  kTfLiteInt32 = 2,
  kTfLiteUInt8 = 3,
  kTfLiteInt64 = 4,
  kTfLiteString = 5,
  kTfLiteBool = 6,
  kTfLiteInt16 = 7,
  kTfLiteComplex64 = 8,
  kTfLiteInt8 = 9,
} TfLiteType;

typedef struct TfLiteQuantizationParams {
  float scale;
  int32_t zero_point;
} TfLiteQuantizationParams;

// tensorflow/lite/core/c/common.h, with TF_LITE_STATIC_MEMORY as TFLM builds it
typedef struct TfLiteIntArray {
  int size;
  int data[];
} TfLiteIntArray;

typedef union TfLitePtrUnion {
  int32_t* i32;
  uint32_t* u32;
  int64_t* i64;
  uint64_t* u64;
  float* f;
  double* f64;
  char* raw;
  const char* raw_const;
  uint8_t* uint8;
  bool* b;
  int16_t* i16;
  uint16_t* ui16;
  int8_t* int8;
  void* data;
} TfLitePtrUnion;

typedef enum TfLiteQuantizationType { kTfLiteNoQuantization = 0, kTfLiteAffineQuantization = 1 } TfLiteQuantizationType;

typedef struct TfLiteQuantization {
  TfLiteQuantizationType type;
  void* params;
} TfLiteQuantization;

typedef enum TfLiteAllocationType { kTfLiteMemNone = 0, kTfLiteMmapRo, kTfLiteArenaRw } TfLiteAllocationType;

typedef struct TfLiteTensor {
  TfLiteQuantization quantization;
  TfLiteQuantizationParams params;
  TfLitePtrUnion data;
  TfLiteIntArray* dims;
  size_t bytes;
  TfLiteType type;
  TfLiteAllocationType allocation_type;
  bool is_variable;
} TfLiteTensor;

typedef struct TfLiteRegistration {
  int32_t builtin_code;
  const char* custom_name;
  int version;
} TfLiteRegistration;

// tensorflow/lite/micro/micro_interpreter.h
#define TFLITE_SCHEMA_VERSION (3)

namespace tflite {

// tensorflow/lite/schema/schema_generated.h
enum BuiltinOperator : int32_t {
  BuiltinOperator_CONV_2D = 3,
  BuiltinOperator_FULLY_CONNECTED = 9,
  BuiltinOperator_MAX_POOL_2D = 17,
  BuiltinOperator_RESHAPE = 22,
  BuiltinOperator_SOFTMAX = 25,
};

struct Model {
  uint32_t version() const;
};

const Model* GetModel(const void* buf);

// tensorflow/lite/micro/system_setup.h
void InitializeTarget();

// tensorflow/lite/micro/micro_log.h
void MicroPrintf(const char* format, ...);

// tensorflow/lite/micro/kernels/micro_ops.h
TfLiteRegistration Register_CONV_2D();
TfLiteRegistration Register_FULLY_CONNECTED();
TfLiteRegistration Register_MAX_POOL_2D();
TfLiteRegistration Register_RESHAPE();
TfLiteRegistration Register_SOFTMAX();

// tensorflow/lite/micro/micro_op_resolver.h
class MicroOpResolver {
 public:
  virtual const TfLiteRegistration* FindOp(BuiltinOperator op) const = 0;
  virtual ~MicroOpResolver() {}
};

// tensorflow/lite/micro/micro_mutable_op_resolver.h: a template, so header-only in the library too.
template <unsigned int tOpCount>
class MicroMutableOpResolver : public MicroOpResolver {
 public:
  explicit MicroMutableOpResolver() {}

  const TfLiteRegistration* FindOp(BuiltinOperator op) const override {
    for (unsigned int i = 0; i < registrations_len_; ++i) {
      if (registrations_[i].builtin_code == op) return &registrations_[i];
    }
    return nullptr;
  }

  TfLiteStatus AddConv2D(const TfLiteRegistration& registration = Register_CONV_2D()) {
    return AddBuiltin(BuiltinOperator_CONV_2D, registration);
  }
  TfLiteStatus AddFullyConnected(const TfLiteRegistration& registration = Register_FULLY_CONNECTED()) {
    return AddBuiltin(BuiltinOperator_FULLY_CONNECTED, registration);
  }
  TfLiteStatus AddMaxPool2D(const TfLiteRegistration& registration = Register_MAX_POOL_2D()) {
    return AddBuiltin(BuiltinOperator_MAX_POOL_2D, registration);
  }
  TfLiteStatus AddReshape() { return AddBuiltin(BuiltinOperator_RESHAPE, Register_RESHAPE()); }
  TfLiteStatus AddSoftmax(const TfLiteRegistration& registration = Register_SOFTMAX()) {
    return AddBuiltin(BuiltinOperator_SOFTMAX, registration);
  }

  unsigned int GetRegistrationLength() { return registrations_len_; }

 private:
  TfLiteStatus AddBuiltin(BuiltinOperator op, const TfLiteRegistration& registration) {
    if (registrations_len_ >= tOpCount || FindOp(op) != nullptr) return kTfLiteError;
    registrations_[registrations_len_] = registration;
    registrations_[registrations_len_].builtin_code = op;
    registrations_len_++;
    return kTfLiteOk;
  }

  TfLiteRegistration registrations_[tOpCount];
  unsigned int registrations_len_ = 0;
};

class MicroResourceVariables;
class MicroProfilerInterface;

class MicroInterpreter {
 public:
  MicroInterpreter(const Model* model, const MicroOpResolver& op_resolver, uint8_t* tensor_arena,
                   size_t tensor_arena_size, MicroResourceVariables* resource_variables = nullptr,
                   MicroProfilerInterface* profiler = nullptr);
  ~MicroInterpreter();

  TfLiteStatus AllocateTensors();
  TfLiteStatus Invoke();
  TfLiteTensor* input(size_t index);
  TfLiteTensor* output(size_t index);
  size_t arena_used_bytes() const;

 private:
  void* impl_;
};

}  // namespace tflite

using tflite::MicroInterpreter;
using tflite::MicroMutableOpResolver;
using tflite::Model;

#endif
