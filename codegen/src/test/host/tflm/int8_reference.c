/* See int8_reference.h. Every read of the file is bounds-checked: a damaged model gives an error code. */
#include "int8_reference.h"

#include <math.h>
#include <string.h>

/* --- FlatBuffers, as schema.fbs lays the model out ----------------------------------------------- */

typedef struct {
  const uint8_t *p;
  size_t len;
} fb;

static int fb_ok(const fb *f, size_t at, size_t n) { return at <= f->len && n <= f->len - at; }

static uint32_t rd32(const fb *f, size_t at) {
  uint32_t v;
  memcpy(&v, f->p + at, 4); /* little-endian on every machine the tests run on */
  return v;
}

static uint16_t rd16(const fb *f, size_t at) {
  uint16_t v;
  memcpy(&v, f->p + at, 2);
  return v;
}

/* Where field `slot` of the table at `table` is, or 0 when the table leaves it out (its default). */
static size_t fb_field(const fb *f, size_t table, int slot) {
  if (!fb_ok(f, table, 4)) return 0;
  int64_t vt = (int64_t)table - (int32_t)rd32(f, table);
  if (vt < 0 || !fb_ok(f, (size_t)vt, 4)) return 0;
  uint16_t vt_size = rd16(f, (size_t)vt);
  size_t entry = 4 + 2 * (size_t)slot;
  if (entry + 2 > vt_size || !fb_ok(f, (size_t)vt, vt_size)) return 0;
  uint16_t off = rd16(f, (size_t)vt + entry);
  return off == 0 ? 0 : table + off;
}

static size_t fb_deref(const fb *f, size_t at) {
  if (!at || !fb_ok(f, at, 4)) return 0;
  size_t target = at + rd32(f, at);
  return fb_ok(f, target, 4) ? target : 0;
}

static int32_t fb_int(const fb *f, size_t table, int slot, int32_t dflt) {
  size_t at = fb_field(f, table, slot);
  return at && fb_ok(f, at, 4) ? (int32_t)rd32(f, at) : dflt;
}

static int fb_byte(const fb *f, size_t table, int slot, int dflt) {
  size_t at = fb_field(f, table, slot);
  return at && fb_ok(f, at, 1) ? f->p[at] : dflt;
}

/* A vector field: its element count, and where its elements start (0 when absent or damaged). */
static size_t fb_vector(const fb *f, size_t table, int slot, uint32_t *count, size_t element) {
  size_t v = fb_deref(f, fb_field(f, table, slot));
  *count = 0;
  if (!v) return 0;
  uint32_t n = rd32(f, v);
  if (element && n > (f->len - v - 4) / element) return 0;
  *count = n;
  return v + 4;
}

/* --- the model -------------------------------------------------------------------------------- */

enum { OP_CONV_2D = 3, OP_FULLY_CONNECTED = 9, OP_MAX_POOL_2D = 17, OP_RESHAPE = 22, OP_SOFTMAX = 25 };
enum { TYPE_INT32 = 2, TYPE_INT8 = 9 };

int kr_elements(const kr_tensor *t) {
  int n = 1;
  for (int i = 0; i < t->rank; i++) n *= t->dims[i];
  return n;
}

float kr_scale(const kr_tensor *t, int channel) {
  float v = 0;
  if (t->scales > 0) memcpy(&v, t->scale + 4 * (channel < t->scales ? channel : 0), 4);
  return v;
}

int32_t kr_zero_point(const kr_tensor *t, int channel) {
  int64_t v = 0;
  if (t->scales > 0) memcpy(&v, t->zero_point + 8 * (channel < t->scales ? channel : 0), 8);
  return (int32_t)v;
}

static int load_tensor(const fb *f, size_t t, size_t buffers, uint32_t buffer_count, kr_tensor *out) {
  memset(out, 0, sizeof *out);
  uint32_t rank;
  size_t shape = fb_vector(f, t, 0, &rank, 4);
  if (rank > KR_MAX_RANK || (rank && !shape)) return -10;
  out->rank = (int)rank;
  for (uint32_t i = 0; i < rank; i++) {
    int32_t d = (int32_t)rd32(f, shape + 4 * i);
    if (d < 1 || d > (1 << 22)) return -11;
    out->dims[i] = d;
  }
  int64_t elements = 1;
  for (uint32_t i = 0; i < rank; i++) {
    elements *= out->dims[i];
    if (elements > (1 << 22)) return -11;
  }
  out->type = fb_byte(f, t, 1, 0);
  if (out->type != TYPE_INT8 && out->type != TYPE_INT32) return -12;
  out->bytes = (size_t)elements * (out->type == TYPE_INT32 ? 4 : 1);
  uint32_t buffer = (uint32_t)fb_int(f, t, 2, 0);
  if (buffer >= buffer_count) return -13;
  size_t buffer_table = fb_deref(f, buffers + 4 * (size_t)buffer);
  uint32_t data_len = 0;
  size_t data = buffer_table ? fb_vector(f, buffer_table, 0, &data_len, 1) : 0;
  if (data && data_len) {
    if (data_len != out->bytes) return -14;
    out->constant = f->p + data;
    out->constant_bytes = data_len;
  }
  size_t q = fb_deref(f, fb_field(f, t, 4));
  if (q) {
    uint32_t scales, zeros;
    size_t scale = fb_vector(f, q, 2, &scales, 4);
    size_t zero = fb_vector(f, q, 3, &zeros, 8);
    if (scales != zeros || (scales && (!scale || !zero))) return -15;
    out->scales = (int)scales;
    out->scale = scales ? f->p + scale : NULL;
    out->zero_point = zeros ? f->p + zero : NULL;
  }
  return 0;
}

static int load_op(const fb *f, size_t o, const int32_t *codes, uint32_t code_count, int tensors, kr_op *out) {
  memset(out, 0, sizeof *out);
  uint32_t index = (uint32_t)fb_int(f, o, 0, 0);
  if (index >= code_count) return -20;
  out->builtin = codes[index];
  uint32_t n;
  size_t in = fb_vector(f, o, 1, &n, 4);
  if (n < 1 || n > 4 || !in) return -21;
  out->input_count = (int)n;
  for (uint32_t i = 0; i < n; i++) {
    out->inputs[i] = (int32_t)rd32(f, in + 4 * i);
    if (out->inputs[i] < 0 || out->inputs[i] >= tensors) return -22;
  }
  size_t outs = fb_vector(f, o, 2, &n, 4);
  if (n != 1 || !outs) return -23;
  out->output = (int32_t)rd32(f, outs);
  if (out->output < 0 || out->output >= tensors) return -22;
  size_t opts = fb_deref(f, fb_field(f, o, 4));
  out->stride_w = out->stride_h = out->dilation_w = out->dilation_h = 1;
  out->beta = 1.0f;
  switch (out->builtin) {
    case OP_FULLY_CONNECTED:
      out->activation = opts ? fb_byte(f, opts, 0, 0) : 0;
      break;
    case OP_CONV_2D:
      if (!opts) return -24;
      out->padding = fb_byte(f, opts, 0, 0);
      out->stride_w = fb_int(f, opts, 1, 0);
      out->stride_h = fb_int(f, opts, 2, 0);
      out->activation = fb_byte(f, opts, 3, 0);
      out->dilation_w = fb_int(f, opts, 4, 1);
      out->dilation_h = fb_int(f, opts, 5, 1);
      break;
    case OP_MAX_POOL_2D:
      if (!opts) return -24;
      out->padding = fb_byte(f, opts, 0, 0);
      out->stride_w = fb_int(f, opts, 1, 0);
      out->stride_h = fb_int(f, opts, 2, 0);
      out->filter_w = fb_int(f, opts, 3, 0);
      out->filter_h = fb_int(f, opts, 4, 0);
      out->activation = fb_byte(f, opts, 5, 0);
      if (out->filter_w < 1 || out->filter_h < 1) return -25;
      break;
    case OP_SOFTMAX:
      if (opts) {
        size_t at = fb_field(f, opts, 0);
        if (at && fb_ok(f, at, 4)) memcpy(&out->beta, f->p + at, 4);
      }
      break;
    case OP_RESHAPE:
      break;
    default:
      return -26; /* an operator the sketches never resolve */
  }
  if (out->stride_w < 1 || out->stride_h < 1 || out->dilation_w < 1 || out->dilation_h < 1) return -25;
  if (out->activation > 1) return -27;
  return 0;
}

int kr_load(kr_model *m, const uint8_t *file, size_t len) {
  memset(m, 0, sizeof *m);
  fb f = {file, len};
  if (len < 8 || memcmp(file + 4, "TFL3", 4) != 0) return -1;
  size_t root = rd32(&f, 0); /* the root table's offset from the start of the file */
  if (root < 8 || !fb_ok(&f, root, 4)) return -2;
  m->version = (uint32_t)fb_int(&f, root, 0, 0);

  uint32_t code_count;
  size_t codes_at = fb_vector(&f, root, 1, &code_count, 4);
  if (!codes_at || code_count > KR_MAX_OPS) return -3;
  int32_t codes[KR_MAX_OPS];
  for (uint32_t i = 0; i < code_count; i++) {
    size_t c = fb_deref(&f, codes_at + 4 * i);
    if (!c) return -3;
    int32_t builtin = fb_int(&f, c, 3, 0);
    int deprecated = fb_byte(&f, c, 0, 0);
    codes[i] = builtin > deprecated ? builtin : deprecated; /* as TFLM's GetBuiltinCode */
  }

  uint32_t subgraphs;
  size_t subgraphs_at = fb_vector(&f, root, 2, &subgraphs, 4);
  if (subgraphs != 1 || !subgraphs_at) return -4;
  size_t sg = fb_deref(&f, subgraphs_at);
  uint32_t buffer_count;
  size_t buffers = fb_vector(&f, root, 4, &buffer_count, 4);
  if (!sg || !buffers) return -5;

  uint32_t tensor_count;
  size_t tensors = fb_vector(&f, sg, 0, &tensor_count, 4);
  if (!tensors || tensor_count > KR_MAX_TENSORS) return -6;
  m->tensor_count = (int)tensor_count;
  for (uint32_t i = 0; i < tensor_count; i++) {
    size_t t = fb_deref(&f, tensors + 4 * i);
    if (!t) return -6;
    int r = load_tensor(&f, t, buffers, buffer_count, &m->tensors[i]);
    if (r) return r;
  }
  uint32_t n;
  size_t in = fb_vector(&f, sg, 1, &n, 4);
  if (n != 1 || !in) return -7;
  m->input = (int32_t)rd32(&f, in);
  size_t out = fb_vector(&f, sg, 2, &n, 4);
  if (n != 1 || !out) return -7;
  m->output = (int32_t)rd32(&f, out);
  if (m->input < 0 || m->input >= m->tensor_count || m->output < 0 || m->output >= m->tensor_count) return -7;

  uint32_t op_count;
  size_t ops = fb_vector(&f, sg, 3, &op_count, 4);
  if (!ops || op_count < 1 || op_count > KR_MAX_OPS) return -8;
  m->op_count = (int)op_count;
  for (uint32_t i = 0; i < op_count; i++) {
    size_t o = fb_deref(&f, ops + 4 * i);
    if (!o) return -8;
    int r = load_op(&f, o, codes, code_count, m->tensor_count, &m->ops[i]);
    if (r) return r;
  }
  return 0;
}

int kr_prepare(kr_model *m, uint8_t *arena, size_t size) {
  uintptr_t base = ((uintptr_t)arena + 15) & ~(uintptr_t)15;
  size_t used = base - (uintptr_t)arena;
  for (int i = 0; i < m->tensor_count; i++) {
    kr_tensor *t = &m->tensors[i];
    if (t->constant) continue;
    size_t need = (t->bytes + 15) & ~(size_t)15;
    if (used + need > size) return -1;
    t->data = (int8_t *)(arena + used);
    memset(t->data, 0, t->bytes);
    used += need;
  }
  m->arena_used = used;
  return 0;
}

/* --- fixed-point helpers, as in TFLM's common.h and gemmlowp ------------------------------------ */

static int32_t srdhm(int32_t a, int32_t b) {
  if (a == b && a == INT32_MIN) return INT32_MAX;
  int64_t ab = (int64_t)a * b;
  int64_t nudge = ab >= 0 ? (1LL << 30) : (1 - (1LL << 30));
  return (int32_t)((ab + nudge) / (1LL << 31));
}

static int32_t rdbp(int32_t x, int exponent) {
  int32_t mask = (int32_t)((1u << exponent) - 1);
  int32_t remainder = x & mask;
  int32_t threshold = (mask >> 1) + (x < 0 ? 1 : 0);
  return (x >> exponent) + (remainder > threshold ? 1 : 0);
}

static int32_t mbqm(int32_t x, int32_t q, int shift) {
  int left = shift > 0 ? shift : 0;
  int right = shift > 0 ? 0 : -shift;
  return rdbp(srdhm((int32_t)((uint32_t)x << left), q), right);
}

/* QuantizeMultiplier: real = q * 2^shift / 2^31, q a Q31 mantissa rounded half away from zero. */
static void quantize_multiplier(double real, int32_t *q, int *shift) {
  if (real == 0) {
    *q = 0;
    *shift = 0;
    return;
  }
  int e;
  double mantissa = frexp(real, &e);
  int64_t fixed = llround(mantissa * (double)(1LL << 31));
  if (fixed == (1LL << 31)) {
    fixed /= 2;
    e++;
  }
  if (e < -31) {
    fixed = 0;
    e = 0;
  }
  if (e > 30) {
    e = 30;
    fixed = (1LL << 31) - 1;
  }
  *q = (int32_t)fixed;
  *shift = e;
}

static int32_t bias_at(const kr_tensor *b, int i) {
  int32_t v = 0;
  if (b && b->constant) memcpy(&v, b->constant + 4 * i, 4);
  return v;
}

static void activation_range(const kr_op *op, const kr_tensor *out, int32_t *lo, int32_t *hi) {
  *lo = -128;
  *hi = 127;
  if (op->activation == 1) {
    int32_t zp = kr_zero_point(out, 0);
    *lo = zp > -128 ? zp : -128;
  }
}

static int32_t clamp(int32_t v, int32_t lo, int32_t hi) { return v < lo ? lo : v > hi ? hi : v; }

static const int8_t *values(const kr_tensor *t) {
  return t->constant ? (const int8_t *)t->constant : t->data;
}

/* --- kernels ----------------------------------------------------------------------------------- */

static int fully_connected(kr_model *m, const kr_op *op) {
  const kr_tensor *in = &m->tensors[op->inputs[0]], *w = &m->tensors[op->inputs[1]];
  const kr_tensor *b = op->input_count > 2 ? &m->tensors[op->inputs[2]] : NULL;
  kr_tensor *out = &m->tensors[op->output];
  if (w->rank != 2 || !w->constant) return -1;
  int units = w->dims[0], depth = w->dims[1];
  int batches = kr_elements(in) / depth;
  if (batches * depth != kr_elements(in) || kr_elements(out) != batches * units) return -1;
  int32_t q;
  int shift;
  quantize_multiplier((double)kr_scale(in, 0) * (double)kr_scale(w, 0) / (double)kr_scale(out, 0), &q, &shift);
  int32_t in_offset = -kr_zero_point(in, 0), out_offset = kr_zero_point(out, 0), lo, hi;
  activation_range(op, out, &lo, &hi);
  const int8_t *x = values(in), *wt = (const int8_t *)w->constant;
  for (int bt = 0; bt < batches; bt++) {
    for (int o = 0; o < units; o++) {
      int32_t acc = 0;
      for (int d = 0; d < depth; d++) acc += (x[bt * depth + d] + in_offset) * wt[o * depth + d];
      acc += bias_at(b, o);
      acc = mbqm(acc, q, shift) + out_offset;
      out->data[bt * units + o] = (int8_t)clamp(acc, lo, hi);
    }
  }
  return 0;
}

/* TFLM's ComputePaddingHeightWidth for one axis: SAME pads half the overhang before, VALID pads none. */
static int padding_before(int padding, int in, int filter, int stride, int dilation, int out) {
  if (padding != 0) return 0;
  int effective = (filter - 1) * dilation + 1;
  int total = (out - 1) * stride + effective - in;
  return total > 0 ? total / 2 : 0;
}

/* Input [batch][height][width][channels], filter [out][height][width][in], output [batch][h][w][out]. */
static int conv_2d(kr_model *m, const kr_op *op) {
  const kr_tensor *in = &m->tensors[op->inputs[0]], *w = &m->tensors[op->inputs[1]];
  const kr_tensor *b = op->input_count > 2 ? &m->tensors[op->inputs[2]] : NULL;
  kr_tensor *out = &m->tensors[op->output];
  if (in->rank != 4 || w->rank != 4 || out->rank != 4 || !w->constant) return -1;
  int batches = in->dims[0], in_h = in->dims[1], in_w = in->dims[2], in_c = in->dims[3];
  int out_c = w->dims[0], f_h = w->dims[1], f_w = w->dims[2];
  int out_h = out->dims[1], out_w = out->dims[2];
  if (w->dims[3] != in_c || out->dims[3] != out_c || out->dims[0] != batches || out_c > 256) return -1;
  int pad_h = padding_before(op->padding, in_h, f_h, op->stride_h, op->dilation_h, out_h);
  int pad_w = padding_before(op->padding, in_w, f_w, op->stride_w, op->dilation_w, out_w);
  int32_t q[256];
  int shift[256];
  for (int o = 0; o < out_c; o++) {
    quantize_multiplier((double)kr_scale(in, 0) * (double)kr_scale(w, o) / (double)kr_scale(out, 0), &q[o], &shift[o]);
  }
  int32_t in_offset = -kr_zero_point(in, 0), out_offset = kr_zero_point(out, 0), lo, hi;
  activation_range(op, out, &lo, &hi);
  const int8_t *x = values(in), *wt = (const int8_t *)w->constant;
  for (int bt = 0; bt < batches; bt++)
    for (int oy = 0; oy < out_h; oy++)
      for (int ox = 0; ox < out_w; ox++)
        for (int o = 0; o < out_c; o++) {
          int y0 = oy * op->stride_h - pad_h, x0 = ox * op->stride_w - pad_w;
          int32_t acc = 0;
          for (int fy = 0; fy < f_h; fy++) {
            int iy = y0 + op->dilation_h * fy;
            if (iy < 0 || iy >= in_h) continue;
            for (int fx = 0; fx < f_w; fx++) {
              int ix = x0 + op->dilation_w * fx;
              if (ix < 0 || ix >= in_w) continue;
              for (int c = 0; c < in_c; c++) {
                int32_t v = x[((bt * in_h + iy) * in_w + ix) * in_c + c];
                acc += (v + in_offset) * wt[((o * f_h + fy) * f_w + fx) * in_c + c];
              }
            }
          }
          acc += bias_at(b, o);
          acc = mbqm(acc, q[o], shift[o]) + out_offset;
          out->data[((bt * out_h + oy) * out_w + ox) * out_c + o] = (int8_t)clamp(acc, lo, hi);
        }
  return 0;
}

static int max_pool_2d(kr_model *m, const kr_op *op) {
  const kr_tensor *in = &m->tensors[op->inputs[0]];
  kr_tensor *out = &m->tensors[op->output];
  if (in->rank != 4 || out->rank != 4) return -1;
  int batches = in->dims[0], in_h = in->dims[1], in_w = in->dims[2], ch = in->dims[3];
  int out_h = out->dims[1], out_w = out->dims[2];
  if (out->dims[3] != ch || out->dims[0] != batches) return -1;
  int pad_h = padding_before(op->padding, in_h, op->filter_h, op->stride_h, 1, out_h);
  int pad_w = padding_before(op->padding, in_w, op->filter_w, op->stride_w, 1, out_w);
  int32_t lo, hi;
  activation_range(op, out, &lo, &hi);
  const int8_t *x = values(in);
  for (int bt = 0; bt < batches; bt++)
    for (int oy = 0; oy < out_h; oy++)
      for (int ox = 0; ox < out_w; ox++)
        for (int c = 0; c < ch; c++) {
          int y0 = oy * op->stride_h - pad_h, x0 = ox * op->stride_w - pad_w;
          int32_t best = -128;
          for (int fy = 0; fy < op->filter_h; fy++)
            for (int fx = 0; fx < op->filter_w; fx++) {
              int iy = y0 + fy, ix = x0 + fx;
              if (iy < 0 || iy >= in_h || ix < 0 || ix >= in_w) continue;
              int32_t v = x[((bt * in_h + iy) * in_w + ix) * ch + c];
              if (v > best) best = v;
            }
          out->data[((bt * out_h + oy) * out_w + ox) * ch + c] = (int8_t)clamp(best, lo, hi);
        }
  return 0;
}

/* Softmax in gemmlowp fixed point: exp of the difference to the row's maximum in Q5.26 in, Q0.31 out. */
enum { SCALED_DIFF_BITS = 5, ACCUM_BITS = 12 };

static int32_t shift_left_sat(int32_t x, int e) {
  int32_t threshold = (int32_t)((1u << (31 - e)) - 1);
  if (x > threshold) return INT32_MAX;
  if (x < -threshold) return INT32_MIN;
  return (int32_t)((uint32_t)x << e);
}

static int32_t exp_quarter(int32_t a) { /* exp(a) for a in [-1/4, 0) */
  const int32_t constant_term = 1895147668, one_third = 715827883;
  int32_t x = a + (1 << 28);
  int32_t x2 = srdhm(x, x), x3 = srdhm(x2, x), x4 = srdhm(x2, x2);
  int32_t x4_over_4 = rdbp(x4, 2);
  int32_t poly = rdbp(srdhm(x4_over_4 + x3, one_third) + x2, 1);
  return constant_term + srdhm(constant_term, x + poly);
}

static int32_t exp_negative(int32_t a) { /* a <= 0 in Q5.26 */
  const int fractional = 26;
  const int32_t quarter = 1 << (fractional - 2);
  int32_t a_mod = (a & (quarter - 1)) - quarter;
  int32_t result = exp_quarter(shift_left_sat(a_mod, 5));
  int32_t remainder = a_mod - a;
  static const int32_t multipliers[] = {1672461947, 1302514674, 790015084, 290630308, 39332535, 720401, 242};
  for (int k = -2; k <= 4; k++) {
    if (remainder & (1 << (fractional + k))) result = srdhm(result, multipliers[k + 2]);
  }
  return a == 0 ? INT32_MAX : result;
}

static int32_t one_over_one_plus_x(int32_t a) {
  int64_t sum = (int64_t)a + INT32_MAX;
  int32_t half = (int32_t)((sum + (sum >= 0 ? 1 : -1)) / 2);
  int32_t x = 1515870810 + srdhm(half, -1010580540);
  for (int i = 0; i < 3; i++) {
    int32_t one_minus = (1 << 29) - srdhm(half, x);
    x = x + shift_left_sat(srdhm(x, one_minus), 2);
  }
  return shift_left_sat(x, 1);
}

static int softmax(kr_model *m, const kr_op *op) {
  const kr_tensor *in = &m->tensors[op->inputs[0]];
  kr_tensor *out = &m->tensors[op->output];
  if (kr_zero_point(out, 0) != -128 || kr_scale(out, 0) != 1.0f / 256) return -1; /* as TFLM's Prepare */
  double real = (double)op->beta * (double)kr_scale(in, 0) * (double)(1LL << (31 - SCALED_DIFF_BITS));
  if (real > 2147483647.0) real = 2147483647.0;
  int32_t multiplier;
  int left_shift;
  quantize_multiplier(real, &multiplier, &left_shift);
  if (left_shift < 0) return -1;
  double max_rescaled = 1.0 * ((1 << SCALED_DIFF_BITS) - 1) * (double)(1LL << (31 - SCALED_DIFF_BITS)) /
                        (double)(1LL << left_shift);
  int32_t diff_min = -(int32_t)floor(max_rescaled);
  int depth = in->dims[in->rank - 1];
  int rows = kr_elements(in) / depth;
  const int8_t *x = values(in);
  for (int r = 0; r < rows; r++) {
    const int8_t *row = x + r * depth;
    int32_t mx = -128;
    for (int i = 0; i < depth; i++) mx = row[i] > mx ? row[i] : mx;
    int32_t sum = 0;
    for (int i = 0; i < depth; i++) {
      int32_t diff = row[i] - mx;
      if (diff >= diff_min) sum += rdbp(exp_negative(srdhm(diff * (1 << left_shift), multiplier)), ACCUM_BITS);
    }
    int headroom = sum == 0 ? 32 : __builtin_clz((uint32_t)sum);
    int over_unit = ACCUM_BITS - headroom;
    int32_t shifted_minus_one = (int32_t)((int64_t)(((uint64_t)(uint32_t)sum) << headroom) - (1LL << 31));
    int32_t scale = one_over_one_plus_x(shifted_minus_one);
    int exponent = over_unit + 31 - 8;
    for (int i = 0; i < depth; i++) {
      int32_t diff = row[i] - mx;
      int32_t v = -128;
      if (diff >= diff_min) {
        int32_t e = exp_negative(srdhm(diff * (1 << left_shift), multiplier));
        v = clamp(rdbp(srdhm(scale, e), exponent) - 128, -128, 127);
      }
      out->data[r * depth + i] = (int8_t)v;
    }
  }
  return 0;
}

int kr_invoke(kr_model *m) {
  for (int i = 0; i < m->op_count; i++) {
    const kr_op *op = &m->ops[i];
    kr_tensor *out = &m->tensors[op->output];
    if (!out->data) return -2;
    int r;
    switch (op->builtin) {
      case OP_FULLY_CONNECTED: r = fully_connected(m, op); break;
      case OP_CONV_2D: r = conv_2d(m, op); break;
      case OP_MAX_POOL_2D: r = max_pool_2d(m, op); break;
      case OP_SOFTMAX: r = softmax(m, op); break;
      case OP_RESHAPE:
        if (m->tensors[op->inputs[0]].bytes != out->bytes) return -3;
        memmove(out->data, values(&m->tensors[op->inputs[0]]), out->bytes);
        r = 0;
        break;
      default: r = -4;
    }
    if (r) return r;
  }
  return 0;
}
