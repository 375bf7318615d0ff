// One current GPU as a reference point on Step 6's processor axis, counted two ways. These are
// NVIDIA's published numbers, typed from the source below; the figure derives everything else.
// Source: NVIDIA H100 Tensor Core GPU Architecture, whitepaper (NVIDIA, 2022; revised 2023),
// https://resources.nvidia.com/en-us-tensor-core/gtc22-whitepaper-hopper

export interface GpuReference {
  /** The GPU and the board it is on. */
  readonly name: string;
  /** Ordinary 32-bit floating-point lanes ("CUDA cores"): one multiply-add each per clock. */
  readonly fp32Lanes: number;
  /** Peak dense (no sparsity) FP16/BF16 tensor-core throughput, floating-point operations/s. */
  readonly denseTensorFlops: number;
  /** The clock at which that peak is quoted, in hertz. */
  readonly boostClockHz: number;
  /** Where the numbers come from, as the page cites it. */
  readonly source: string;
}

export const h100: GpuReference = {
  name: 'NVIDIA H100 (SXM5)',
  // 132 streaming multiprocessors × 128 FP32 cores.
  fp32Lanes: 16_896,
  denseTensorFlops: 989.4e12,
  boostClockHz: 1.83e9,
  source: 'NVIDIA, “NVIDIA H100 Tensor Core GPU Architecture” (whitepaper, 2022)',
};
