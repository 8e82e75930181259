/** Module 3's overfitting preset (500 images, 256 units, 20 epochs); see ../training-lab.ts. */
import { presetEntry } from '../training-lab.ts';

export default presetEntry('overfit', 'overfitting preset');
