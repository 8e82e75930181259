/**
 * "Open in Colab" links. Colab opens notebooks straight from a public GitHub repository,
 * so the link exists only when PUBLIC_REPO_URL names one; the build writes the notebooks
 * to NOTEBOOK_DIR, which must be committed for the link to resolve.
 */
export const NOTEBOOK_DIR = 'notebooks';
export const COLAB_BRANCH = 'main';

const GITHUB_REPO = /^https:\/\/github\.com\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/;

/** Owner and repository of a public GitHub address; a clear error for anything else. */
export function parseRepoUrl(url: string): { owner: string; repo: string } {
  const match = GITHUB_REPO.exec(url.trim());
  if (!match?.[1] || !match[2]) {
    throw new Error(`PUBLIC_REPO_URL must be a GitHub repository address such as https://github.com/org/repo (got "${url}")`);
  }
  return { owner: match[1], repo: match[2] };
}

/** The Colab URL of a module's notebook, or null when no repository is configured. */
export function colabUrl(repoUrl: string | undefined, slug: string): string | null {
  if (!repoUrl || repoUrl.trim() === '') return null;
  const { owner, repo } = parseRepoUrl(repoUrl);
  return `https://colab.research.google.com/github/${owner}/${repo}/blob/${COLAB_BRANCH}/${NOTEBOOK_DIR}/${slug}.ipynb`;
}
