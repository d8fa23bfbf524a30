#!/usr/bin/python3
"""Runs a .tflite file with Arm NN's TfLite parser on the CpuRef backend.

Usage: run_tflite.py MODEL.tflite INPUTS.bin COUNT OUTPUTS.bin
INPUTS.bin holds COUNT int8 input tensors back to back; OUTPUTS.bin receives
COUNT int8 output tensors. Arm NN is an independent TFLite reader: if it loads
and runs our file, the file is real TFLite, not just readable by Kumiki.
"""
import sys

import numpy as np
import pyarmnn as ann


def main():
    model, inputs_path, count, outputs_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    parser = ann.ITfLiteParser()
    network = parser.CreateNetworkFromBinaryFile(model)
    in_name = parser.GetSubgraphInputTensorNames(0)[0]
    out_name = parser.GetSubgraphOutputTensorNames(0)[0]
    in_info = parser.GetNetworkInputBindingInfo(0, in_name)
    out_info = parser.GetNetworkOutputBindingInfo(0, out_name)
    runtime = ann.IRuntime(ann.CreationOptions())
    optimized, messages = ann.Optimize(network, [ann.BackendId("CpuRef")], runtime.GetDeviceSpec(),
                                       ann.OptimizerOptions())
    net_id, _ = runtime.LoadNetwork(optimized)
    data = np.fromfile(inputs_path, dtype=np.int8).reshape(count, -1)
    results = []
    for row in data:
        inputs = ann.make_input_tensors([in_info], [row.copy()])
        outputs = ann.make_output_tensors([out_info])
        runtime.EnqueueWorkload(net_id, inputs, outputs)
        results.append(np.asarray(ann.workload_tensors_to_ndarray(outputs)[0]).astype(np.int8).reshape(-1))
    np.stack(results).astype(np.int8).tofile(outputs_path)


if __name__ == "__main__":
    main()
