import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{createHash as r}from"node:crypto";var n=/^[0-9a-f]{64}$/;function a(t){return r("sha256").update(t,"utf8").digest("hex")}function o(t){let e=t.trim().replace(/^sha-?256:/i,"").toLowerCase();return n.test(e)?e:null}export{n as a,a as b,o as c};
