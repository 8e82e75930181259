import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'functional-api',
  questions: [
    {
      id: 'shared-params',
      type: 'numeric',
      prompt:
        'An encoder `Flatten -> Dense(64) -> Dense(32)` takes 28 x 28 x 1 images. A Siamese model calls this same encoder on two inputs, multiplies the difference of the two embeddings by itself, and ends with `Dense(1)`. How many parameters does the whole model have?',
      answer: 52353,
      tolerance: 0,
      unit: 'parameters',
      explanation:
        'The encoder has 784 x 64 + 64 = 50,240 plus 64 x 32 + 32 = 2,080 parameters, 52,320 in all. Calling it twice reuses the same weights, so they are counted once. Subtract and Multiply have no weights, and the head adds 32 + 1 = 33: 52,353.',
    },
    {
      id: 'residual-shape',
      type: 'shape',
      prompt:
        'A tensor `x` has shape (None, 32, 32, 32). A residual block computes `Conv2D(64, 3, strides=2, padding="same")` then `Conv2D(64, 3, padding="same")`, with a projection shortcut `Conv2D(64, 1, strides=2)(x)`, and adds the two. What is the shape of the sum?',
      dims: [null, 16, 16, 64],
      batchOptional: true,
      placeholder: '(None, ...)',
      explanation:
        'The strided same-padded convolution halves 32 x 32 to 16 x 16 and sets 64 channels; the second convolution keeps that shape. The 1 x 1 projection with stride 2 also yields 16 x 16 x 64, so Add receives two equal shapes and returns (None, 16, 16, 64).',
    },
    {
      id: 'add-mismatch',
      type: 'single',
      prompt:
        '`layers.Add()([y, x])` fails because `y` has shape (None, 16, 16, 64) and `x` has shape (None, 16, 16, 32). What is the standard fix in a ResNet?',
      options: [
        { id: 'projection', text: 'Pass the shortcut through a 1 x 1 Conv2D with 64 filters before adding.' },
        { id: 'concat', text: 'Replace Add with Concatenate; the result is the same residual block.' },
        { id: 'flatten', text: 'Flatten both tensors so their lengths can be added.' },
        { id: 'pool', text: 'Apply MaxPooling2D to y until the channel counts match.' },
      ],
      answer: 'projection',
      explanation:
        'Addition needs identical shapes. A 1 x 1 convolution is a cheap learned projection that changes the channel count (and, with strides, the resolution) of the shortcut. Concatenate would give 96 channels and is a different design (as in DenseNet); flattening destroys the spatial layout; pooling changes height and width, never channels.',
    },
    {
      id: 'loss-weights',
      type: 'single',
      prompt:
        'A model with outputs "priority" and "department" is compiled with `loss_weights={"priority": 1.0, "department": 0.5}`. What does training minimise?',
      options: [
        { id: 'weighted-sum', text: 'priority_loss + 0.5 x department_loss (plus any regularization losses).' },
        { id: 'alternate', text: 'The two losses in alternating steps, department on every second step.' },
        { id: 'average', text: 'The plain average of the two losses; the weights only scale the reported metrics.' },
        { id: 'priority-only', text: 'Only priority_loss; department is trained only when its loss is smaller.' },
      ],
      answer: 'weighted-sum',
      explanation:
        'Keras combines per-output losses into one scalar, a weighted sum using loss_weights, and takes the gradient of that sum with respect to all weights. Shared layers therefore receive gradients from both heads, scaled by the weights. Regularization penalties from layers are added on top.',
    },
    {
      id: 'needs-functional',
      type: 'multiple',
      prompt: 'Which of these models cannot be written as a plain `keras.Sequential` stack of built-in Keras layers (no custom layer classes)? Select all that apply.',
      options: [
        { id: 'two-inputs', text: 'A model that reads an image and a table of numbers.' },
        { id: 'residual', text: 'A CNN whose blocks add their input to their output.' },
        { id: 'siamese', text: 'A model that applies one encoder to two inputs.' },
        { id: 'stack', text: 'Conv2D, MaxPooling2D, Flatten and Dense layers, one after another.' },
      ],
      answers: ['two-inputs', 'residual', 'siamese'],
      explanation:
        'Sequential models have exactly one input and one output, and each layer feeds only the next one. Several inputs, skip connections and a layer reused on two branches all need a graph, which the Functional API provides. (A custom layer class that hides a residual block inside could sit in a Sequential stack, which is why the question rules those out.) A linear stack of layers is exactly what Sequential is for.',
    },
  ],
});
