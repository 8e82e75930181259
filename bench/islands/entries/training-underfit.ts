/** Module 3's underfitting preset (plain SGD at 0.0005, 5,000 images, 10 epochs); see ../training-lab.ts. */
import { presetEntry } from '../training-lab.ts';

export default presetEntry('underfit', 'underfitting preset');
