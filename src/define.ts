// Registers both elements (a side effect). Safe to import twice.
import './components/notification/define.js';
import './components/outcome-review/define.js';
