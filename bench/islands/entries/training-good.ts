/** Module 3's good-fit preset (all 48,000 images, 3 epochs); see ../training-lab.ts. */
import { presetEntry } from '../training-lab.ts';

export default presetEntry('good', 'good-fit preset');
