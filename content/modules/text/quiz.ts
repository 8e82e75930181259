import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'text',
  questions: [
    {
      id: 'unk',
      type: 'single',
      prompt: 'In the four-sentence example, `TextVectorization(max_tokens=5)` maps "cast" to 1 although "cast" appears twice in the corpus. Why?',
      options: [
        { id: 'oov', text: 'Five slots include padding (0) and `[UNK]` (1), so only the three most frequent words get their own index; "cast" becomes `[UNK]`.' },
        { id: 'stopword', text: '"cast" is treated as a stop word by the default standardization.' },
        { id: 'first-seen', text: 'Indices are assigned in order of first appearance, and "cast" was the first word after "film".' },
        { id: 'punctuation', text: '"cast," keeps its comma, so it never matches "cast" in the vocabulary.' },
      ],
      answer: 'oov',
      explanation:
        'The vocabulary size counts the reserved padding token and the out-of-vocabulary token. With `max_tokens=5` only "great" (6), "film" (4) and "was" (3) fit, in order of frequency; every other word, including "cast", maps to index 1. Standardization strips punctuation before splitting and removes no stop words.',
    },
    {
      id: 'adapt-split',
      type: 'single',
      prompt: 'Why does the module adapt the vectorizer on the training split only, not on training plus test reviews?',
      options: [
        { id: 'leak', text: 'The vocabulary is a statistic of the data; building it from test text leaks information about the test set into the model.' },
        { id: 'speed', text: 'Adapting on 50,000 reviews would exceed the memory of a typical GPU.' },
        { id: 'required', text: '`adapt` raises an error if it sees the same word in two datasets.' },
        { id: 'labels', text: 'The test split has no labels, so adapt cannot use it.' },
      ],
      answer: 'leak',
      explanation:
        'Which words get their own embedding row, and which fall into `[UNK]`, depends on the adapted text. Choosing that from test reviews lets the test set shape the model, the same leak as normalizing with test-set statistics, and makes the test score optimistic. `adapt` runs on the CPU, and the IMDB test split does have labels.',
    },
    {
      id: 'params',
      type: 'numeric',
      prompt: 'Rebuild the module\'s `imdb_bag_of_embeddings` with `VOCAB = 10_000` and `Embedding(VOCAB, 32)`, keeping `Dense(32)` and `Dense(1)`. How many parameters does it have in total?',
      answer: 321089,
      tolerance: 0,
      unit: 'parameters',
      explanation:
        'Embedding: 10,000 x 32 = 320,000 (one row per token, no bias). Pooling and dropout have none. Dense(32) on 32 inputs: 32 x 32 + 32 = 1,056. Dense(1): 32 + 1 = 33. Total 321,089, and once again almost all of it is the embedding table.',
    },
    {
      id: 'mask-zero',
      type: 'single',
      prompt: 'A 40-word review is padded to 250 positions. What does `mask_zero=True` on the Embedding layer change in the `imdb_bag_of_embeddings` model?',
      options: [
        { id: 'average-real', text: 'The pooling layer averages only the 40 real word vectors instead of diluting them with 210 padding vectors.' },
        { id: 'fewer-params', text: 'The embedding table loses its first row, so the model has 64 fewer parameters.' },
        { id: 'drops-unk', text: 'Out-of-vocabulary words (index 1) are skipped as well.' },
        { id: 'truncates', text: 'The review is shortened to 40 positions before it reaches the embedding.' },
      ],
      answer: 'average-real',
      explanation:
        'The mask marks which positions hold real tokens, and GlobalAveragePooling1D uses it to average over those positions only. Without it, a short review\'s mean vector is pulled towards the padding embedding. The table keeps all 20,000 rows (the summary still shows 1,280,000 parameters), `[UNK]` tokens are not masked, and the tensor keeps its 250 positions.',
    },
    {
      id: 'word-order',
      type: 'single',
      prompt: 'The bag-of-embeddings classifier gives "not good, just bad" and "not bad, just good" exactly the same score. What is the reason?',
      options: [
        { id: 'average', text: 'GlobalAveragePooling1D averages the word vectors, and an average does not depend on the order of the words.' },
        { id: 'unk', text: '"not" is outside the vocabulary, so both sentences become identical.' },
        { id: 'dropout', text: 'Dropout randomly removes words, so the model cannot tell them apart.' },
        { id: 'sigmoid', text: 'A sigmoid output can only express one sentiment per batch.' },
      ],
      answer: 'average',
      explanation:
        'Both sentences contain the same four words, so their embedding vectors are the same set, and the mean of a set is the same in any order. Dropout is off at inference time, and "not" is a frequent word that certainly has its own index. Recurrent and attention models (the next modules) read order and can separate the two.',
    },
  ],
});
