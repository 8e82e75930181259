/** The localStorage key that records a saved model; kept apart so the page loader stays tiny. */
export const SAVED_MARKER_KEY = 'tfk.cnn.saved';
