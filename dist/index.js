import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a}from"./chunks/chunk-BTKK2F23.js";import"./chunks/chunk-LL53AELD.js";import"./chunks/chunk-WHP3E2YJ.js";await a(async()=>(await import("./chunks/world-NXWORYDZ.js")).realWorld());
