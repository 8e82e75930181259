import { describe, expect, it } from 'vitest';
import { defineQuiz } from '../../src/schemas/quiz';
import { checkAnswersFit } from '../../functions/quiz/answers';
import { gradeQuiz, isCorrect } from '../../functions/quiz/grade';
import { mayReveal, revealFor } from '../../functions/quiz/reveal';

// Pure rules, unit-tested with a fixed quiz covering all four question types.
const explanation = 'Because this is how the layer counts its parameters.';
const quiz = defineQuiz({
  module: 'cnn',
  questions: [
    { id: 'q1', type: 'single', prompt: 'Which layer learns local filters?', options: [{ id: 'conv', text: 'Conv2D' }, { id: 'dense', text: 'Dense' }], answer: 'conv', explanation },
    { id: 'q2', type: 'multiple', prompt: 'Which of these reduce overfitting?', options: [{ id: 'dropout', text: 'Dropout' }, { id: 'l2', text: 'L2' }, { id: 'bigger', text: 'More layers' }], answers: ['dropout', 'l2'], explanation },
    { id: 'q3', type: 'numeric', prompt: 'How many parameters does Conv2D(32, 3) on 1 channel have?', answer: 320, tolerance: 0, explanation },
    { id: 'q4', type: 'numeric', prompt: 'What accuracy is a good first target here?', answer: 0.98, tolerance: 0.01, explanation },
    { id: 'q5', type: 'text', prompt: 'What is the output shape of the first layer?', accept: ['(None, 26, 26, 32)'], explanation },
  ],
});
const [single, multiple, numeric, ranged, text] = quiz.questions as [any, any, any, any, any];

describe('isCorrect: the one grading rule per question type', () => {
  it('single choice: the one right option id', () => {
    expect(isCorrect(single, 'conv')).toBe(true);
    expect(isCorrect(single, 'dense')).toBe(false);
    expect(isCorrect(single, ['conv'])).toBe(false);
  });
  it('multiple choice: all or nothing, order and duplicates ignored', () => {
    expect(isCorrect(multiple, ['l2', 'dropout'])).toBe(true);
    expect(isCorrect(multiple, ['l2', 'dropout', 'l2'])).toBe(true);
    expect(isCorrect(multiple, ['dropout'])).toBe(false);
    expect(isCorrect(multiple, ['dropout', 'l2', 'bigger'])).toBe(false);
    expect(isCorrect(multiple, 'dropout')).toBe(false);
  });
  it('numeric: within the tolerance, numbers or numeric strings', () => {
    expect(isCorrect(numeric, 320)).toBe(true);
    expect(isCorrect(numeric, '320')).toBe(true);
    expect(isCorrect(numeric, 321)).toBe(false);
    expect(isCorrect(ranged, 0.97)).toBe(true);
    expect(isCorrect(ranged, 0.99)).toBe(true);
    expect(isCorrect(ranged, 0.9699)).toBe(false);
    expect(isCorrect(ranged, 'abc')).toBe(false);
  });
  it('text/shape: normalised exact match', () => {
    expect(isCorrect(text, 'none,26,26,32')).toBe(true);
    expect(isCorrect(text, ' ( None, 26, 26, 32 ) ')).toBe(true);
    expect(isCorrect(text, '(None, 26, 26)')).toBe(false);
    expect(isCorrect(text, 32)).toBe(false);
  });
  it('unanswered is wrong', () => expect(isCorrect(single, undefined)).toBe(false));
});

describe('gradeQuiz', () => {
  it('passes at exactly 80% and not below', () => {
    const four = gradeQuiz(quiz, { q1: 'conv', q2: ['dropout', 'l2'], q3: 320, q4: 0.98 });
    expect(four).toMatchObject({ correct: 4, total: 5, score: 80, passed: true });
    const three = gradeQuiz(quiz, { q1: 'conv', q2: ['dropout', 'l2'], q3: 320 });
    expect(three).toMatchObject({ correct: 3, score: 60, passed: false });
    expect(three.questions.map((q) => q.correct)).toEqual([true, true, true, false, false]);
  });
});

describe('checkAnswersFit', () => {
  it('rejects unknown question ids and wrong kinds of value', () => {
    expect(() => checkAnswersFit(quiz, { q9: 'x' })).toThrow(expect.objectContaining({ status: 422, code: 'unknown_question' }));
    expect(() => checkAnswersFit(quiz, { q3: ['1'] })).toThrow(expect.objectContaining({ status: 422, code: 'invalid_answer' }));
    expect(() => checkAnswersFit(quiz, { q3: 'twelve' })).toThrow(expect.objectContaining({ code: 'invalid_answer' }));
    expect(() => checkAnswersFit(quiz, { q1: 3 })).toThrow(expect.objectContaining({ code: 'invalid_answer' }));
    expect(() => checkAnswersFit(quiz, { q1: 'conv', q3: '320' })).not.toThrow();
  });
});

describe('reveal rule', () => {
  it('learners: after a pass or 3 attempts; guests: only after a pass', () => {
    expect(mayReveal({ guest: false, passedEver: false, attemptsUsed: 2 })).toBe(false);
    expect(mayReveal({ guest: false, passedEver: false, attemptsUsed: 3 })).toBe(true);
    expect(mayReveal({ guest: false, passedEver: true, attemptsUsed: 1 })).toBe(true);
    expect(mayReveal({ guest: true, passedEver: false, attemptsUsed: 99 })).toBe(false);
    expect(mayReveal({ guest: true, passedEver: true, attemptsUsed: 0 })).toBe(true);
  });
  it('reveals every explanation and correct answer', () => {
    expect(revealFor(quiz, { guest: false, passedEver: false, attemptsUsed: 1 })).toBeNull();
    const shown = revealFor(quiz, { guest: false, passedEver: true, attemptsUsed: 1 })!;
    expect(shown.map((q) => q.correctAnswer)).toEqual(['conv', ['dropout', 'l2'], 320, 0.98, '(None, 26, 26, 32)']);
    expect(shown.every((q) => q.explanation === explanation)).toBe(true);
  });
});

describe('answer-key registry vs the course', () => {
  it('every quiz belongs to one of the 25 course modules and is filed under its own slug', async () => {
    const { quizzes } = await import('../../content/quizzes.generated');
    const { MODULE_SLUGS } = await import('../../functions/course/modules');
    expect(MODULE_SLUGS).toHaveLength(25);
    for (const [slug, q] of Object.entries(quizzes)) {
      expect(MODULE_SLUGS as readonly string[]).toContain(slug);
      expect(q.module).toBe(slug);
    }
  });
});
