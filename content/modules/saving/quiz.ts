import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'saving',
  questions: [
    {
      id: 'resume',
      type: 'single',
      prompt: 'Training stopped after 20 epochs. Tomorrow, in a fresh Python session without the code that built the model, you want one call that brings back the architecture, the weights, the compile settings and Adam\'s state, so that `fit` continues where it left off. Which saved artifact does that?',
      options: [
        { id: 'keras-file', text: 'A `.keras` file written by `model.save`' },
        { id: 'weights', text: 'A `.weights.h5` file written by `model.save_weights`' },
        { id: 'export', text: 'A SavedModel directory written by `model.export`' },
        { id: 'tflite', text: 'A `.tflite` file from the TFLite converter' },
      ],
      answer: 'keras-file',
      explanation:
        'The `.keras` archive stores the architecture, the compile settings, the weights and the optimizer state (step counter and Adam moment estimates), so `load_model` followed by `fit` resumes smoothly. A weights file has no architecture and no compile settings, so it needs the model-building code and a new `compile`; an exported SavedModel and a TFLite file are inference artifacts that cannot be trained further with `fit`.',
    },
    {
      id: 'export-reload',
      type: 'single',
      prompt: 'You ran `model.export("export/clf/1")`. A colleague calls `keras.models.load_model("export/clf/1")` to make predictions. What happens, and what should they do?',
      options: [
        { id: 'works', text: 'It works: an export is a complete Keras model and can be fitted again.' },
        { id: 'fails-tfsm', text: 'It fails: an export is not a Keras archive. Use `tf.saved_model.load(...).serve(x)` or wrap it in `keras.layers.TFSMLayer`.' },
        { id: 'fails-weights', text: 'It fails: they must first call `load_weights` on the directory.' },
        { id: 'works-compile', text: 'It works, but only after passing `compile=False`.' },
      ],
      answer: 'fails-tfsm',
      explanation:
        'In Keras 3, `load_model` reads `.keras` files (and legacy `.h5`). An exported SavedModel keeps the traced computation and its serving signature, not the Keras layer objects, so it is reloaded with `tf.saved_model.load` and called through its `serve` endpoint, or wrapped as an inference-only `TFSMLayer` inside a Keras model.',
    },
    {
      id: 'weights-count',
      type: 'numeric',
      prompt: 'The module\'s MLP is `keras.Input(shape=(784,))`, then `Dense(128)`, then `Dense(10)`. How many numbers does `fresh.load_weights(...)` put into the freshly built, uncompiled copy?',
      answer: 101770,
      tolerance: 0,
      unit: 'parameters',
      explanation:
        'A Dense layer has inputs x units weights plus one bias per unit. Hidden: 784 x 128 + 128 = 100,480. Output: 128 x 10 + 10 = 1,290. Total: 101,770. At 4 bytes each that is 407,080 bytes (about 398 KiB), which is also roughly the size of the unquantized `.tflite` file. (Saved from a compiled model, the weights file also carries the optimizer\'s variables, which an uncompiled model ignores.)',
    },
    {
      id: 'weights-facts',
      type: 'multiple',
      prompt: 'Which statements about `save_weights` / `load_weights` in Keras 3 are true? Select all that apply.',
      options: [
        { id: 'suffix', text: 'The file name must end in `.weights.h5`.' },
        { id: 'same-arch', text: 'You need code that rebuilds a model with the same layers and shapes before loading.' },
        { id: 'optimizer', text: 'The file also restores the optimizer state, so no new `compile` is needed.' },
        { id: 'serving', text: 'TensorFlow Serving can serve the weights file directly.' },
      ],
      answers: ['suffix', 'same-arch'],
      explanation:
        'Keras 3 rejects other suffixes for weights-only files, and because only variables are stored, not the architecture, you must rebuild an identical model in code. No compile settings are included, so you compile again before training (optimizer variables saved from a compiled model are restored only into a model whose optimizer is already built). Serving systems need a SavedModel with signatures, not a bare weights file.',
    },
    {
      id: 'browser',
      type: 'single',
      prompt: 'You trained a model in Python and want it to run in a web page with TensorFlow.js. Which path matches the module?',
      options: [
        { id: 'export-convert', text: 'Export a SavedModel, run `tensorflowjs_converter --input_format=tf_saved_model`, load `model.json` with `tf.loadGraphModel`.' },
        { id: 'keras-direct', text: 'Serve the `.keras` file and open it with `tf.loadLayersModel`.' },
        { id: 'tflite-web', text: 'Convert to `.tflite` and open it with `tf.loadGraphModel`.' },
        { id: 'indexeddb', text: 'Upload the weights file to `indexeddb://` from Python.' },
      ],
      answer: 'export-convert',
      explanation:
        'The TensorFlow.js converter turns an exported SavedModel into `model.json` plus binary weight shards, which `tf.loadGraphModel` fetches and runs. TensorFlow.js cannot read a `.keras` zip or a `.tflite` flatbuffer directly, and `indexeddb://` is browser storage that only code running in the page can write to.',
    },
  ],
});
