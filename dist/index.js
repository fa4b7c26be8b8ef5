import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a}from"./chunks/chunk-BCINDQFW.js";import"./chunks/chunk-LL53AELD.js";import"./chunks/chunk-DT4CWIJV.js";await a(async()=>(await import("./chunks/world-IR3WFLEJ.js")).realWorld());
