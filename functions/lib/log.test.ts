import { describe, expect, it } from 'vitest';
import { causes, scrubMessage } from './log';

describe('error logs keep no request data', () => {
  it("cuts drizzle's params list and keeps the SQL shape with its identifiers", () => {
    const msg = 'Failed query: insert into "submissions" ("learner_id", "predictions") values (?, ?)\nparams: 3f1c...,72104149590690159734';
    expect(scrubMessage(msg)).toBe('Failed query: insert into "submissions" ("learner_id", "predictions") values (?, ?)');
  });

  it('removes quoted values, tokens, hashes and digit runs', () => {
    const scrubbed = scrubMessage(`Unexpected token 'x', "{"q1":"b"}" is not valid JSON tfk_${'a'.repeat(43)} ${'ab12'.repeat(16)} 1234567`);
    expect(scrubbed).not.toMatch(/q1|tfk_|ab12ab12|1234567/);
  });

  it('drops the stack line that repeats the message, keeps frames', () => {
    const err = new Error('bad params: secret-answer', { cause: new Error('D1_ERROR: FOREIGN KEY constraint failed: SQLITE_CONSTRAINT') });
    const chain = causes(err);
    expect(JSON.stringify(chain)).not.toContain('secret-answer');
    expect(chain[0]!.frames?.every((f) => f.startsWith('at '))).toBe(true);
    expect(chain[1]!.message).toBe('D1_ERROR: FOREIGN KEY constraint failed: SQLITE_CONSTRAINT');
  });
});
