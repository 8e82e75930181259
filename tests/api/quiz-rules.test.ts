import { describe, expect, it } from 'vitest';
import { defineQuiz } from '../../src/schemas/quiz';
import { readAttempt } from '../../functions/quiz/answers';
import { gradeQuiz, isCorrect } from '../../functions/quiz/grade';
import { isCreditedAttempt, mayReveal, revealFor } from '../../functions/quiz/reveal';

// Pure rules, unit-tested with a fixed quiz covering all four question types.
const explanation = 'Because this is how the layer counts its parameters.';
const quiz = defineQuiz({
  module: 'cnn',
  questions: [
    { id: 'q1', type: 'single', prompt: 'Which layer learns local filters?', options: [{ id: 'conv', text: 'Conv2D' }, { id: 'dense', text: 'Dense' }], answer: 'conv', explanation },
    { id: 'q2', type: 'multiple', prompt: 'Which of these reduce overfitting?', options: [{ id: 'dropout', text: 'Dropout' }, { id: 'l2', text: 'L2' }, { id: 'bigger', text: 'More layers' }], answers: ['dropout', 'l2'], explanation },
    { id: 'q3', type: 'numeric', prompt: 'How many parameters does Conv2D(32, 3) on 1 channel have?', answer: 320, tolerance: 0, explanation },
    { id: 'q4', type: 'numeric', prompt: 'What accuracy is a good first target here?', answer: 0.98, tolerance: 0.01, explanation },
    { id: 'q5', type: 'shape', prompt: 'What is the output shape of the first layer?', dims: [null, 26, 26, 32], batchOptional: true, placeholder: '(None, height, width, channels)', explanation },
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
  it('numeric: the shared normaliser reads the text; "1,6" is never 16, ambiguous forms are never graded', () => {
    expect(isCorrect(numeric, '３２０')).toBe(true);
    expect(isCorrect(numeric, '320.0')).toBe(true);
    const sixteen = { ...numeric, answer: 16, tolerance: 0.001 };
    expect(isCorrect(sixteen, '1,6')).toBe(false);
    expect(isCorrect(sixteen, '16,000')).toBe(false); // ambiguous: the page asks first
    expect(isCorrect({ ...numeric, answer: 18496 }, '18 496')).toBe(true);
  });
  it('shape: any notation; the batch dimension may be left out only where the question says so', () => {
    for (const form of ['none,26,26,32', ' ( None, 26, 26, 32 ) ', '[null,26,26,32]', 'TensorShape([None, 26, 26, 32])', '26x26x32', '(?, 26, 26, 32).']) expect(isCorrect(text, form), form).toBe(true);
    expect(isCorrect(text, '(None, 26, 26)')).toBe(false);
    expect(isCorrect(text, '(1, 26, 26, 32)')).toBe(false);
    expect(isCorrect(text, 32)).toBe(false);
    expect(isCorrect({ ...text, batchOptional: false }, '26x26x32')).toBe(false);
    expect(isCorrect({ ...text, alsoAccept: [[null, 676, 32]] }, '(None, 676, 32)')).toBe(true);
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

describe('readAttempt: complete attempts only', () => {
  const full = { q1: 'conv', q2: ['dropout'], q3: '320', q4: 0.5, q5: '(None, 26, 26, 32)' };
  const body = (answers: object) => JSON.stringify({ answers });
  const refused = (text: string) => {
    try {
      readAttempt(quiz, text);
    } catch (err) {
      return err as { status: number; code: string; details: { path: string; message: string }[] };
    }
    throw new Error('accepted');
  };
  it('accepts a complete attempt', () => expect(readAttempt(quiz, body(full))).toEqual(full));
  it('names each open, unknown or unreadable question', () => {
    const { q2: _, ...open } = full;
    expect(refused(body({ ...open, q3: '' }))).toMatchObject({ status: 422, code: 'incomplete_attempt', details: [{ path: 'answers.q2' }, { path: 'answers.q3' }] });
    expect(refused(body({ ...full, q9: 'x' }))).toMatchObject({ code: 'unknown_question', details: [{ path: 'answers.q9' }] });
    const bad = refused(body({ ...full, q1: 3, q2: 'dropout', q3: 'twelve', q4: '1,600', q5: '(None, 26, twenty)' }));
    expect(bad.code).toBe('invalid_answer');
    expect(bad.details.map((d) => d.path)).toEqual(['answers.q1', 'answers.q2', 'answers.q3', 'answers.q4', 'answers.q5']);
    expect(bad.details[3]!.message).toMatch(/ambiguous.*1600 or 1\.6/);
    expect(bad.details[4]!.message).toMatch(/twenty/);
    expect(refused(body({ ...full, q1: 'no-such-option' })).details[0]!.message).toMatch(/option/);
  });
  it('refuses prototype and repeated keys, which JSON.parse and zod hide', () => {
    expect(refused(`{"answers":{"__proto__":"x",${body(full).slice(12, -2)}}}`)).toMatchObject({ code: 'unknown_question', details: [{ path: 'answers.__proto__' }] });
    expect(refused(body({ ...full, constructor: 'x' }))).toMatchObject({ code: 'unknown_question', details: [{ path: 'answers.constructor' }] });
    expect(refused(`{"answers":{"q1":"dense",${body(full).slice(12, -2)}}}`)).toMatchObject({ code: 'unknown_question', details: [{ path: 'answers.q1' }] });
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
  it('credit: only attempts made before the key was revealed count', () => {
    expect(isCreditedAttempt({ guest: false, passedEver: false, attemptsUsed: 0 })).toBe(true);
    expect(isCreditedAttempt({ guest: false, passedEver: false, attemptsUsed: 2 })).toBe(true);
    expect(isCreditedAttempt({ guest: false, passedEver: false, attemptsUsed: 3 })).toBe(false);
    expect(isCreditedAttempt({ guest: false, passedEver: true, attemptsUsed: 1 })).toBe(false);
    expect(isCreditedAttempt({ guest: true, passedEver: false, attemptsUsed: 0 })).toBe(false);
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
