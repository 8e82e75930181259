import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'optimization',
  questions: [
    {
      id: 'dequantize',
      type: 'numeric',
      prompt:
        'An int8 tensor has scale 0.02 and zero point −128. Which real value does the stored integer q = −78 represent? Use real = scale × (q − zero_point).',
      answer: 1,
      tolerance: 0.001,
      explanation:
        'real = 0.02 × (−78 − (−128)) = 0.02 × 50 = 1.0. The zero point shifts the integer range so that the int8 values cover the tensor\'s actual range of real values, and the scale is the size of one step between neighbouring representable values.',
    },
    {
      id: 'float16-bytes',
      type: 'numeric',
      prompt:
        'The module\'s CNN has 34,826 parameters. How many bytes do its weights take after float16 quantization (ignoring file-format overhead)?',
      answer: 69652,
      tolerance: 0,
      unit: 'bytes',
      explanation:
        'float16 uses 2 bytes per value: 34,826 × 2 = 69,652 bytes, half of the 139,304 bytes that float32 needs. Int8 would take one byte per weight (34,826 bytes) plus a few scales and zero points.',
    },
    {
      id: 'representative',
      type: 'single',
      prompt: 'Why does full-integer post-training quantization need a representative dataset, while dynamic-range quantization does not?',
      options: [
        { id: 'activations', text: 'Activations must be stored as int8 too, and their ranges can only be measured by running typical inputs through the model.' },
        { id: 'retrain', text: 'The converter retrains the model on the representative data for a few steps.' },
        { id: 'labels', text: 'The converter checks accuracy on it and refuses to convert if accuracy drops.' },
        { id: 'weights', text: 'Weight ranges are unknown until the converter sees data.' },
      ],
      answer: 'activations',
      explanation:
        'Weights are fixed after training, so their ranges are known. Activations depend on the input; to pick a scale and zero point for each activation tensor, the converter runs the representative samples through the model and records the observed ranges. Dynamic-range quantization keeps activations in float and quantizes them on the fly, so it needs no calibration. No labels are used and nothing is retrained.',
    },
    {
      id: 'when-qat',
      type: 'single',
      prompt: 'When is quantization-aware training worth its extra effort?',
      options: [
        { id: 'accuracy-drop', text: 'When the post-training quantized model, measured with the interpreter, loses more accuracy than you can accept.' },
        { id: 'always', text: 'Always: post-training quantization cannot produce int8 models.' },
        { id: 'size', text: 'When you need a smaller file than int8 post-training quantization gives.' },
        { id: 'float16', text: 'Only when targeting float16 GPUs.' },
      ],
      answer: 'accuracy-drop',
      explanation:
        'QAT simulates int8 rounding during a short fine-tune so the weights adapt to it, which recovers accuracy that post-training quantization lost. It produces the same int8 format and the same size, so if post-training quantization is already accurate enough, QAT adds training cost for no gain.',
    },
    {
      id: 'pruning-facts',
      type: 'multiple',
      prompt: 'You pruned a model to 80% sparsity with magnitude pruning. Which statements are true? Select all that apply.',
      options: [
        { id: 'compress', text: 'The saved file only gets much smaller after compression, because the zeros are still stored.' },
        { id: 'structured', text: 'Faster inference needs structured sparsity or a runtime with sparse kernels.' },
        { id: 'gradual', text: 'Raising sparsity gradually during fine-tuning lets the remaining weights compensate.' },
        { id: 'five-times', text: 'On a standard CPU, inference becomes about five times faster.' },
        { id: 'params', text: 'The model summary now reports 80% fewer parameters.' },
      ],
      answers: ['compress', 'structured', 'gradual'],
      explanation:
        'Pruning sets weights to zero but keeps the tensors the same shape, so the parameter count and the uncompressed size do not change; zeros compress very well, though. Dense kernels multiply zeros like any other number, so speed only improves with patterns hardware or kernels can skip. The polynomial schedule prunes a little at a time while training continues, which is why accuracy usually survives high sparsity.',
    },
  ],
});
