/**
 * Everything that needs a trained (or loaded) model: test accuracy, confusion matrix,
 * misclassified gallery, drawing pad with live probabilities, look inside, save/download
 * and the leaderboard submission.
 */
import type { CnnSession } from './engine-session';
import { renderConfusion } from './confusion';
import { DrawingPad } from '../../runtime/ui/drawing/drawing-pad';
import { formatPercent, part } from '../../runtime/ui/dom';
import { renderGallery } from './gallery';
import { renderInspection } from './inspect';
import { LeaderboardSubmit } from './leaderboard-submit';
import { submissionWeights } from './leaderboard-weights';
import { downloadModel, saveModel, type TrainingRecord } from './persistence';
import { renderProbabilities } from './probabilities';
import { describeSaved } from './saved-marker';

export class ResultsView {
  private drawing: Float32Array | null = null;
  private readonly submit: LeaderboardSubmit;
  /** The current model's test accuracy (0-1), null until it is evaluated; saved with the model. */
  private testAccuracy: number | null = null;

  constructor(private readonly root: HTMLElement, private readonly session: CnnSession, private readonly record: () => TrainingRecord | null) {
    const probabilities = part(root, 'probabilities');
    const inspectDrawing = part<HTMLButtonElement>(root, 'inspect-drawing');
    const pad = new DrawingPad(part<HTMLCanvasElement>(root, 'pad'), (input) => {
      this.drawing = input;
      inspectDrawing.disabled = !input;
      if (!input) return renderProbabilities(probabilities, null, part(root, 'guess'));
      session.predict(input, (p) => renderProbabilities(probabilities, p, part(root, 'guess')), (e) => this.say(`Prediction failed: ${e.message}`));
    });
    renderProbabilities(probabilities, null);
    part(root, 'pad-clear').addEventListener('click', () => pad.clear());
    inspectDrawing.addEventListener('click', () => { if (this.drawing) void this.inspect(this.drawing, 'your drawing'); });
    part<HTMLFormElement>(root, 'inspect-test-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const input = part<HTMLInputElement>(root, 'inspect-index');
      const index = Number(input.value);
      if (!input.checkValidity() || !Number.isInteger(index)) return this.say('Choose a test digit number from 0 to 9999.');
      void this.inspectTestDigit(index);
    });
    part(root, 'save').addEventListener('click', () => void this.save());
    part(root, 'download').addEventListener('click', () => void downloadModel(session.current).then(() => this.say('Downloaded model.json and weights.bin.'), (e: Error) => this.say(`Download failed: ${e.message}`)));
    this.submit = new LeaderboardSubmit(root, async () => {
      const record = this.record();
      if (!record) throw new Error('Train or load a model first.');
      await this.ensureData();
      const { predictions } = await session.current.request({ type: 'test-predictions' });
      // The same model's weights: the server re-runs them to check the predictions.
      const weights = submissionWeights(await session.current.request({ type: 'export' }));
      const metadata = { ...record, epochs: Math.max(1, record.epochs), trainingSeconds: Math.round(record.trainingSeconds * 10) / 10 };
      return { predictions: Array.from(predictions), weights, metadata, idempotencyKey: crypto.randomUUID() };
    });
  }

  /**
   * A new run is starting: the previous model's figures no longer describe what is trained, so
   * they are hidden until this run's model is evaluated (the drawing pad comes back with it).
   */
  clearForNewRun(): void {
    this.testAccuracy = null;
    for (const name of ['results-section', 'try-section', 'inspect-section', 'model-section']) part(this.root, name).hidden = true;
    const accuracy = part(this.root, 'test-accuracy');
    accuracy.textContent = '—';
    delete accuracy.dataset.accuracy;
    part(this.root, 'save-status').textContent = '';
  }

  async afterModel({ evaluate = true, testAccuracy = null }: { evaluate?: boolean; testAccuracy?: number | null } = {}): Promise<void> {
    this.testAccuracy = testAccuracy;
    this.submit.modelChanged();
    for (const name of ['try-section', 'inspect-section', 'model-section']) part(this.root, name).hidden = false;
    if (this.drawing) this.session.predict(this.drawing, (p) => renderProbabilities(part(this.root, 'probabilities'), p, part(this.root, 'guess')), () => {});
    if (!evaluate) return;
    const result = await this.session.current.request({ type: 'evaluate' });
    part(this.root, 'results-section').hidden = false;
    const accuracy = part(this.root, 'test-accuracy');
    accuracy.textContent = `${formatPercent(result.accuracy, 2)} (loss ${result.loss.toFixed(4)})`;
    accuracy.dataset.accuracy = String(result.accuracy);
    this.testAccuracy = result.accuracy;
    renderConfusion(part(this.root, 'confusion'), result.confusion);
    this.say(`Test accuracy: ${formatPercent(result.accuracy, 2)}.`);
    await renderGallery(part(this.root, 'gallery'), result.misclassified, (index) => this.session.current.request({ type: 'test-digit', index }), (index) => void this.inspectTestDigit(index));
  }

  /** Test digits live in the data set: a model loaded after a reload needs it downloaded (or cached). */
  private async ensureData(): Promise<void> {
    const preset = new FormData(part<HTMLFormElement>(this.root, 'controls')).get('preset');
    await this.session.data(preset === 'full' ? 'full' : 'quick');
  }

  private async inspectTestDigit(index: number): Promise<void> {
    try {
      await this.ensureData();
      const { pixels, label } = await this.session.current.request({ type: 'test-digit', index });
      await this.inspect(pixels, `test digit #${index} (a ${label})`);
    } catch (error) {
      this.say(`Could not read test digit #${index}: ${(error as Error).message}`);
    }
  }

  private async inspect(pixels: Float32Array, label: string): Promise<void> {
    try {
      const inspection = await this.session.current.request({ type: 'inspect', pixels });
      renderInspection(part(this.root, 'inspect'), inspection, label);
      this.say(`Showing the filters and feature maps for ${label}.`);
    } catch (error) {
      this.say(`Could not look inside the model: ${(error as Error).message}`);
    }
  }

  private async save(): Promise<void> {
    const record = this.record();
    if (!record) return;
    try {
      const when = await saveModel(this.session.current, record, this.testAccuracy);
      part(this.root, 'save-status').textContent = `Saved in this browser (${describeSaved({ savedAt: when, ...(this.testAccuracy === null ? {} : { testAccuracy: this.testAccuracy }) })}).`;
    } catch (error) {
      part(this.root, 'save-status').textContent = `Saving failed: ${(error as Error).message}`;
    }
  }

  private say(text: string): void {
    part(this.root, 'status').textContent = text;
  }
}
