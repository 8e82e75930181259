import { describe, expect, it } from 'vitest';
import { colabUrl, parseRepoUrl } from './colab';

describe('colabUrl', () => {
  it('is null when no repository is configured', () => {
    expect(colabUrl(undefined, 'cnn')).toBeNull();
    expect(colabUrl('  ', 'cnn')).toBeNull();
  });

  it('points Colab at the committed notebook on main', () => {
    expect(colabUrl('https://github.com/org/repo', 'cnn')).toBe(
      'https://colab.research.google.com/github/org/repo/blob/main/notebooks/cnn.ipynb',
    );
    expect(colabUrl('https://github.com/org/repo.git/', 'tensors')).toContain('/github/org/repo/blob/');
  });

  it('rejects addresses that are not a GitHub repository', () => {
    expect(() => parseRepoUrl('https://gitlab.com/org/repo')).toThrow(/PUBLIC_REPO_URL/);
    expect(() => parseRepoUrl('https://github.com/org')).toThrow(/PUBLIC_REPO_URL/);
    expect(() => parseRepoUrl('http://github.com/org/repo')).toThrow(/PUBLIC_REPO_URL/);
  });
});
