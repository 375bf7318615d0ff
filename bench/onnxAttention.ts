/**
 * A one-head self-attention graph as ONNX bytes, hand-encoded.
 *
 * Why by hand: the graph has eight nodes, and the protobuf wire format needs
 * only two encodings here (varints and length-delimited fields), so a few
 * dozen lines replace a generated schema and its runtime. onnxruntime-web
 * parses the bytes strictly, so a wrong field number fails loudly at session
 * creation rather than computing something else.
 *
 * The graph, with x: n × d_model as the only input (n is symbolic, so one
 * session serves every sentence length) and the projections baked in as
 * initializers, the way a real model ships its weights:
 *
 *     Q = x·Wq   K = x·Wk   V = x·Wv
 *     scores  = Q · Transpose(K)
 *     weights = Softmax(scores * scale, axis = -1)
 *     output  = weights · V
 *
 * Field numbers are from onnx/onnx.proto (ModelProto, GraphProto, NodeProto,
 * AttributeProto, TensorProto, ValueInfoProto, TypeProto, TensorShapeProto).
 */

/** Protobuf wire types used below. */
const VARINT = 0;
const LENGTH_DELIMITED = 2;

/** TensorProto.DataType.FLOAT and AttributeProto.AttributeType values. */
const ONNX_FLOAT = 1;
const ATTRIBUTE_INT = 2;
const ATTRIBUTE_INTS = 7;

/** A growable byte buffer that writes protobuf fields. */
class ProtoWriter {
  private readonly bytes: number[] = [];

  private varint(value: number): void {
    // Negative int64 values (Softmax axis = -1) are sent as their 64-bit
    // two's complement, which takes ten bytes; BigInt keeps that exact.
    let v = BigInt.asUintN(64, BigInt(value));
    do {
      let byte = Number(v & 0x7fn);
      v >>= 7n;
      if (v !== 0n) byte |= 0x80;
      this.bytes.push(byte);
    } while (v !== 0n);
  }

  private key(field: number, wireType: number): void {
    this.varint(field * 8 + wireType);
  }

  int(field: number, value: number): this {
    this.key(field, VARINT);
    this.varint(value);
    return this;
  }

  raw(field: number, data: Uint8Array): this {
    this.key(field, LENGTH_DELIMITED);
    this.varint(data.length);
    for (const b of data) this.bytes.push(b);
    return this;
  }

  string(field: number, text: string): this {
    return this.raw(field, new TextEncoder().encode(text));
  }

  message(field: number, build: (w: ProtoWriter) => void): this {
    const inner = new ProtoWriter();
    build(inner);
    return this.raw(field, inner.finish());
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** A float32 tensor as a TensorProto (dims, data_type, name, raw_data). */
function tensor(
  w: ProtoWriter,
  name: string,
  dims: readonly number[],
  data: Float32Array,
): ProtoWriter {
  for (const d of dims) w.int(1, d);
  w.int(2, ONNX_FLOAT);
  w.string(8, name);
  // raw_data is little-endian; every platform Node runs the bench on is too.
  return w.raw(9, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
}

/** A float32 ValueInfoProto; a string dim is symbolic (dim_param). */
function valueInfo(w: ProtoWriter, name: string, dims: readonly (number | string)[]): ProtoWriter {
  w.string(1, name);
  return w.message(2, (type) =>
    type.message(1, (tensorType) => {
      tensorType.int(1, ONNX_FLOAT);
      tensorType.message(2, (shape) => {
        for (const d of dims) {
          shape.message(1, (dim) => (typeof d === 'number' ? dim.int(1, d) : dim.string(2, d)));
        }
      });
    }),
  );
}

interface NodeSpec {
  readonly op: string;
  readonly inputs: readonly string[];
  readonly output: string;
  readonly intAttr?: { readonly name: string; readonly value: number };
  readonly intsAttr?: { readonly name: string; readonly values: readonly number[] };
}

function node(w: ProtoWriter, spec: NodeSpec): ProtoWriter {
  for (const input of spec.inputs) w.string(1, input);
  w.string(2, spec.output);
  w.string(3, spec.output);
  w.string(4, spec.op);
  const { intAttr, intsAttr } = spec;
  if (intAttr) {
    w.message(5, (a) => a.string(1, intAttr.name).int(3, intAttr.value).int(20, ATTRIBUTE_INT));
  }
  if (intsAttr) {
    w.message(5, (a) => {
      a.string(1, intsAttr.name);
      for (const v of intsAttr.values) a.int(8, v);
      a.int(20, ATTRIBUTE_INTS);
    });
  }
  return w;
}

export interface OnnxAttentionWeights {
  /** d_model, the rows of each projection. */
  readonly dModel: number;
  /** d_k = d_v, the columns of each projection. */
  readonly dK: number;
  /** Row-major d_model × d_k projections. */
  readonly wq: Float32Array;
  readonly wk: Float32Array;
  readonly wv: Float32Array;
  /** The factor applied to Q·Kᵀ, 1/√d_k at temperature 1. */
  readonly scale: number;
}

/**
 * Encodes the attention graph as an ONNX model (IR 8, opset 17) with input
 * `x` (n × d_model) and outputs `weights` (n × n) and `output` (n × d_k).
 */
export function onnxAttentionModel(p: OnnxAttentionWeights): Uint8Array {
  const nodes: NodeSpec[] = [
    { op: 'MatMul', inputs: ['x', 'wq'], output: 'q' },
    { op: 'MatMul', inputs: ['x', 'wk'], output: 'k' },
    { op: 'MatMul', inputs: ['x', 'wv'], output: 'v' },
    { op: 'Transpose', inputs: ['k'], output: 'kt', intsAttr: { name: 'perm', values: [1, 0] } },
    { op: 'MatMul', inputs: ['q', 'kt'], output: 'scores' },
    { op: 'Mul', inputs: ['scores', 'scale'], output: 'scaled' },
    // Opset ≥ 13 applies Softmax along this one axis (older opsets flattened).
    { op: 'Softmax', inputs: ['scaled'], output: 'weights', intAttr: { name: 'axis', value: -1 } },
    { op: 'MatMul', inputs: ['weights', 'v'], output: 'output' },
  ];
  const proj = [p.dModel, p.dK];
  return new ProtoWriter()
    .int(1, 8) // ir_version
    .string(2, 'self-attention-lesson bench')
    .message(7, (graph) => {
      for (const spec of nodes) graph.message(1, (w) => node(w, spec));
      graph.string(2, 'attention');
      graph.message(5, (w) => tensor(w, 'wq', proj, p.wq));
      graph.message(5, (w) => tensor(w, 'wk', proj, p.wk));
      graph.message(5, (w) => tensor(w, 'wv', proj, p.wv));
      graph.message(5, (w) => tensor(w, 'scale', [], Float32Array.of(p.scale)));
      graph.message(11, (w) => valueInfo(w, 'x', ['n', p.dModel]));
      graph.message(12, (w) => valueInfo(w, 'weights', ['n', 'n']));
      graph.message(12, (w) => valueInfo(w, 'output', ['n', p.dK]));
    })
    .message(8, (opset) => opset.string(1, '').int(2, 17))
    .finish();
}
