import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a,b,c,d}from"./chunk-2PRDVV45.js";import"./chunk-RQXX7GF6.js";import"./chunk-DT4CWIJV.js";export{c as DEFAULT_CONFIG,a as DEFAULT_CONFIG_PATH,b as DEFAULT_ROTATION_START,d as defaultConfig};
