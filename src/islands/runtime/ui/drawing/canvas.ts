/** Draws a single-channel float image onto a canvas, one canvas pixel per value (CSS scales it up). */

export interface Channel {
  width: number;
  height: number;
  data: ArrayLike<number>;
  /** Values of several channels interleaved (channel-last, as TensorFlow stores them). */
  channels?: number;
  channel?: number;
}

/**
 * Grey levels: 0-1 images (digits) are drawn as they are; anything else (filters, feature
 * maps) is stretched from its own min to max so its pattern is visible.
 */
export function drawChannel(canvas: HTMLCanvasElement, image: Channel, stretch = false): void {
  const { width, height, data } = image;
  const stride = image.channels ?? 1;
  const offset = image.channel ?? 0;
  let min = 0, max = 1;
  if (stretch) {
    min = Infinity;
    max = -Infinity;
    for (let i = 0; i < width * height; i++) {
      const v = data[i * stride + offset] ?? 0;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  const span = max - min || 1;
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  const pixels = context.createImageData(width, height);
  for (let i = 0; i < width * height; i++) {
    const grey = Math.round(Math.min(1, Math.max(0, ((data[i * stride + offset] ?? 0) - min) / span)) * 255);
    pixels.data.set([grey, grey, grey, 255], i * 4);
  }
  context.putImageData(pixels, 0, 0);
}

export function pixelCanvas(label: string, className = 'cnn-pixels'): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = className;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  return canvas;
}
