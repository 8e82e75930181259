import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'deployment',
  questions: [
    {
      id: 'predictions-shape',
      type: 'shape',
      prompt:
        'The served MNIST model takes inputs of shape (None, 28, 28, 1) and ends in `Dense(10, activation="softmax")`. A client posts `{"instances": ...}` with 3 images. What is the shape of `np.array(response.json()["predictions"])`?',
      dims: [3, 10],
      placeholder: '(rows, columns)',
      explanation:
        'TensorFlow Serving treats each entry of "instances" as one example, stacks them into a batch of 3 and returns one output row per example. Each row holds the 10 softmax probabilities, so the array has shape (3, 10). The batch dimension that is None in the model becomes 3 for this request.',
    },
    {
      id: 'latest-version',
      type: 'single',
      prompt:
        'The base path `/models/mnist` contains the directories `1`, `2` and `3`, and TensorFlow Serving runs with its default version policy. Which version answers `/v1/models/mnist:predict`?',
      options: [
        { id: 'three', text: 'Version 3, the highest number.' },
        { id: 'one', text: 'Version 1, the first one exported.' },
        { id: 'all', text: 'All three, with requests spread evenly between them.' },
        { id: 'newest-file', text: 'Whichever directory was modified most recently.' },
      ],
      answer: 'three',
      explanation:
        'The default policy serves the latest version, meaning the highest integer directory name, and hot-swaps when a higher one appears. To serve several versions at once or give them labels such as "stable" and "canary", you pass a model config file with a specific version policy. Modification times play no part.',
    },
    {
      id: 'skew',
      type: 'single',
      prompt: 'Why does the module put `layers.Rescaling(1.0 / 255)` inside the exported model instead of dividing by 255 in the training script?',
      options: [
        { id: 'skew', text: 'So every client sends raw pixels and no runtime can forget or change the preprocessing (training-serving skew).' },
        { id: 'speed', text: 'Because dividing inside the model makes training about twice as fast.' },
        { id: 'required', text: 'Because TensorFlow Serving rejects inputs larger than 1.' },
        { id: 'quantize', text: 'Because the TFLite converter can only quantize models that contain a Rescaling layer.' },
      ],
      answer: 'skew',
      explanation:
        'Preprocessing done outside the model must be re-implemented by every client in every language, and any difference silently feeds the model inputs unlike its training data. With preprocessing in the graph, the Python server, the phone and the browser all run the identical computation. It is a correctness measure, not a speed trick, and no runtime requires it.',
    },
    {
      id: 'choose-runtime',
      type: 'single',
      prompt:
        'A field-inspection app must classify photos on Android phones with no network coverage, and the photos may not leave the device. Which deployment fits?',
      options: [
        { id: 'litert', text: 'A quantized .tflite model run with LiteRT inside the app.' },
        { id: 'serving', text: 'TensorFlow Serving behind a REST API that the app calls.' },
        { id: 'tfjs', text: 'A TensorFlow.js graph model loaded from a web server on each use.' },
        { id: 'keras', text: 'The .keras file loaded with Python on the phone.' },
      ],
      answer: 'litert',
      explanation:
        'Without a network, any server-based option fails, and loading a web model needs a download. LiteRT runs the converted model on the device itself, offline and private, and quantization keeps the file small enough to ship in the app. Python with full Keras is not a practical phone runtime.',
    },
    {
      id: 'versioning',
      type: 'multiple',
      prompt: 'Which practices make model updates safe? Select all that apply.',
      options: [
        { id: 'never-overwrite', text: 'Never overwrite an existing version directory; publish a new number instead.' },
        { id: 'canary', text: 'Send a small share of traffic to the new version and compare live metrics before promoting it.' },
        { id: 'record', text: 'Record the code commit, data snapshot and evaluation scores behind each version.' },
        { id: 'delete-old', text: 'Delete the previous version as soon as the new one loads, to save disk space.' },
        { id: 'url-same', text: 'Keep the TensorFlow.js weights at one fixed URL so browsers never cache them.' },
      ],
      answers: ['never-overwrite', 'canary', 'record'],
      explanation:
        'A version number must always mean the same weights, a canary exposes problems on real traffic before everyone sees them, and recorded lineage answers "what changed?". Deleting the old version removes your rollback, and a fixed URL defeats caching; putting the version in the URL gives both long caching and instant updates.',
    },
  ],
});
