import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import"./chunk-WHP3E2YJ.js";var E="0.1.0";export{E as VERSION};
