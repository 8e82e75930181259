import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'attention',
  questions: [
    {
      id: 'mha-params',
      type: 'numeric',
      prompt: 'How many parameters does `layers.MultiHeadAttention(num_heads=8, key_dim=32)` have when used for self-attention on sequences with 256 features (default biases)?',
      answer: 263168,
      tolerance: 0,
      unit: 'parameters',
      explanation:
        'Query, key and value projections each map 256 features to 8 heads x 32 dims: 256 x 256 weights + 256 biases = 65,792 each, 197,376 for the three. The output projection maps the 256 concatenated dims back to 256 features: another 65,792. Total 263,168. The module\'s 4-head, 64-feature layer follows the same pattern: 4 x 4,160 = 16,640.',
    },
    {
      id: 'scores-shape',
      type: 'shape',
      prompt: 'A batch of 16 sequences, 50 tokens each, goes through `MultiHeadAttention(num_heads=8, key_dim=32)` as self-attention with `return_attention_scores=True`. What is the shape of the scores?',
      dims: [16, 8, 50, 50],
      placeholder: '(batch, ..., ..., ...)',
      explanation:
        'Scores have shape (batch, heads, queries, keys). In self-attention there are as many queries as keys, one per token: (16, 8, 50, 50). The layer output keeps the query\'s shape instead, (16, 50, features).',
    },
    {
      id: 'scaling',
      type: 'single',
      prompt: 'Why are the query-key dot products divided by `sqrt(d_k)` before the softmax?',
      options: [
        { id: 'saturation', text: 'Their variance grows with d_k; unscaled scores become large, the softmax saturates to near one-hot weights and its gradients vanish.' },
        { id: 'normalise', text: 'So that the attention weights in each row sum to one.' },
        { id: 'memory', text: 'To reduce the memory used by the score matrix.' },
        { id: 'negative', text: 'To make all scores positive before the softmax.' },
      ],
      answer: 'saturation',
      explanation:
        'The dot product of two random d_k-dimensional vectors with unit-variance entries has variance d_k. Dividing by sqrt(d_k) brings it back to about 1, keeping the softmax in a range where small changes in scores still change the weights. The softmax already makes rows sum to one, the scaling changes no shapes, and scores can still be negative.',
    },
    {
      id: 'positions',
      type: 'single',
      prompt: 'You remove the position embedding from the module\'s Transformer. What changes for the encoder block itself?',
      options: [
        { id: 'order-blind', text: 'It becomes blind to word order: shuffling the input tokens just shuffles its outputs in the same way, so "dog bites man" and "man bites dog" look alike after pooling.' },
        { id: 'crash', text: 'MultiHeadAttention raises an error because it requires positional input.' },
        { id: 'recurrent', text: 'Nothing: attention reads tokens in order, like an LSTM.' },
        { id: 'longer', text: 'It can now process longer sequences and becomes more accurate.' },
      ],
      answer: 'order-blind',
      explanation:
        'Self-attention compares every token with every other and averages values; no part of it knows where a token sits. Without positional information the block is permutation-equivariant, and after averaging the outputs, word order is lost entirely. Adding learned or sinusoidal position vectors to the token embeddings gives each position a distinct signature.',
    },
    {
      id: 'encoder-facts',
      type: 'multiple',
      prompt: 'Which statements about the module\'s `TransformerEncoder` block are true? Select all that apply.',
      options: [
        { id: 'same-shape', text: 'Its output has the same shape as its input, so blocks can be stacked.' },
        { id: 'residual', text: 'The residual connections give gradients a path around the attention and feed-forward sub-layers.' },
        { id: 'ffn-mixes', text: 'The feed-forward network mixes information between positions.' },
        { id: 'mask', text: 'The attention mask of shape (batch, 1, seq) stops every query from attending to padding tokens.' },
      ],
      answers: ['same-shape', 'residual', 'mask'],
      explanation:
        'Attention and the feed-forward network both return `dim` features per position, and adding the residual keeps that shape, so blocks stack. Residuals let gradients flow around each sub-layer. The feed-forward network is applied to each position separately (Dense acts on the last axis); only attention moves information between positions. The (batch, 1, seq) mask broadcasts over all queries and hides padded keys.',
    },
  ],
});
