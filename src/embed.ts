// The script-tag bundle: one self-contained module that defines both elements.
import './define.js';
