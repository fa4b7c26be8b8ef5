import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a as ti}from"./chunk-UQS5JADF.js";import{a as ie,b as y,c as pn}from"./chunk-WHP3E2YJ.js";var fe=y((Ec,Rn)=>{var Ui=Object.prototype.toString;Rn.exports=function(n){if(n===void 0)return"undefined";if(n===null)return"null";var r=typeof n;if(r==="boolean")return"boolean";if(r==="string")return"string";if(r==="number")return"number";if(r==="symbol")return"symbol";if(r==="function")return Ki(n)?"generatorfunction":"function";if($i(n))return"array";if(Gi(n))return"buffer";if(Zi(n))return"arguments";if(Yi(n))return"date";if(Wi(n))return"error";if(Hi(n))return"regexp";switch(Ln(n)){case"Symbol":return"symbol";case"Promise":return"promise";case"WeakMap":return"weakmap";case"WeakSet":return"weakset";case"Map":return"map";case"Set":return"set";case"Int8Array":return"int8array";case"Uint8Array":return"uint8array";case"Uint8ClampedArray":return"uint8clampedarray";case"Int16Array":return"int16array";case"Uint16Array":return"uint16array";case"Int32Array":return"int32array";case"Uint32Array":return"uint32array";case"Float32Array":return"float32array";case"Float64Array":return"float64array"}if(zi(n))return"generator";switch(r=Ui.call(n),r){case"[object Object]":return"object";case"[object Map Iterator]":return"mapiterator";case"[object Set Iterator]":return"setiterator";case"[object String Iterator]":return"stringiterator";case"[object Array Iterator]":return"arrayiterator"}return r.slice(8,-1).toLowerCase().replace(/\s/g,"")};function Ln(e){return typeof e.constructor=="function"?e.constructor.name:null}function $i(e){return Array.isArray?Array.isArray(e):e instanceof Array}function Wi(e){return e instanceof Error||typeof e.message=="string"&&e.constructor&&typeof e.constructor.stackTraceLimit=="number"}function Yi(e){return e instanceof Date?!0:typeof e.toDateString=="function"&&typeof e.getDate=="function"&&typeof e.setDate=="function"}function Hi(e){return e instanceof RegExp?!0:typeof e.flags=="string"&&typeof e.ignoreCase=="boolean"&&typeof e.multiline=="boolean"&&typeof e.global=="boolean"}function Ki(e,n){return Ln(e)==="GeneratorFunction"}function zi(e){return typeof e.throw=="function"&&typeof e.return=="function"&&typeof e.next=="function"}function Zi(e){try{if(typeof e.length=="number"&&typeof e.callee=="function")return!0}catch(n){if(n.message.indexOf("callee")!==-1)return!0}return!1}function Gi(e){return e.constructor&&typeof e.constructor.isBuffer=="function"?e.constructor.isBuffer(e):!1}});var Nn=y((Sc,Mn)=>{"use strict";Mn.exports=function(n){return typeof n<"u"&&n!==null&&(typeof n=="object"||typeof n=="function")}});var jn=y((Cc,qn)=>{"use strict";var Dn=Nn();qn.exports=function(n){Dn(n)||(n={});for(var r=arguments.length,i=1;i<r;i++){var t=arguments[i];Dn(t)&&Ji(n,t)}return n};function Ji(e,n){for(var r in n)Vi(n,r)&&(e[r]=n[r])}function Vi(e,n){return Object.prototype.hasOwnProperty.call(e,n)}});var Un=y((Fc,Bn)=>{"use strict";var Qi=fe(),Xi=jn();Bn.exports=function(e,n){typeof n=="function"&&(n={parse:n});var r=no(e),i={section_delimiter:"---",parse:to},t=Xi({},i,n),o=t.section_delimiter,s=r.content.split(/\r?\n/),a=null,c=Pn(),l=[],f=[];function u(w){r.content=w,a=[],l=[]}function p(w){f.length&&(c.key=ro(f[0],o),c.content=w,t.parse(c,a),a.push(c),c=Pn(),l=[],f=[])}for(var d=0;d<s.length;d++){var g=s[d],x=f.length,m=g.trim();if(eo(m,o)){if(m.length===3&&d!==0){if(x===0||x===2){l.push(g);continue}f.push(m),c.data=l.join(`
`),l=[];continue}a===null&&u(l.join(`
`)),x===2&&p(l.join(`
`)),f.push(m);continue}l.push(g)}return a===null?u(l.join(`
`)):p(l.join(`
`)),r.sections=a,r};function eo(e,n){return!(e.slice(0,n.length)!==n||e.charAt(n.length+1)===n.slice(-1))}function no(e){if(Qi(e)!=="object"&&(e={content:e}),typeof e.content!="string"&&!io(e.content))throw new TypeError("expected a buffer or string");return e.content=e.content.toString(),e.sections=[],e}function ro(e,n){return e?e.slice(n.length).trim():""}function Pn(){return{key:"",data:"",content:""}}function to(e){return e}function io(e){return e&&e.constructor&&typeof e.constructor.isBuffer=="function"?e.constructor.isBuffer(e):!1}});var j=y((_c,q)=>{"use strict";function $n(e){return typeof e>"u"||e===null}function oo(e){return typeof e=="object"&&e!==null}function so(e){return Array.isArray(e)?e:$n(e)?[]:[e]}function ao(e,n){var r,i,t,o;if(n)for(o=Object.keys(n),r=0,i=o.length;r<i;r+=1)t=o[r],e[t]=n[t];return e}function co(e,n){var r="",i;for(i=0;i<n;i+=1)r+=e;return r}function lo(e){return e===0&&Number.NEGATIVE_INFINITY===1/e}q.exports.isNothing=$n;q.exports.isObject=oo;q.exports.toArray=so;q.exports.repeat=co;q.exports.isNegativeZero=lo;q.exports.extend=ao});var Z=y((Oc,Wn)=>{"use strict";function pe(e,n){Error.call(this),this.name="YAMLException",this.reason=e,this.mark=n,this.message=(this.reason||"(unknown reason)")+(this.mark?" "+this.mark.toString():""),Error.captureStackTrace?Error.captureStackTrace(this,this.constructor):this.stack=new Error().stack||""}pe.prototype=Object.create(Error.prototype);pe.prototype.constructor=pe;pe.prototype.toString=function(n){var r=this.name+": ";return r+=this.reason||"(unknown reason)",!n&&this.mark&&(r+=" "+this.mark.toString()),r};Wn.exports=pe});var Kn=y((Ic,Hn)=>{"use strict";var Yn=j();function He(e,n,r,i,t){this.name=e,this.buffer=n,this.position=r,this.line=i,this.column=t}He.prototype.getSnippet=function(n,r){var i,t,o,s,a;if(!this.buffer)return null;for(n=n||4,r=r||75,i="",t=this.position;t>0&&`\0\r
\x85\u2028\u2029`.indexOf(this.buffer.charAt(t-1))===-1;)if(t-=1,this.position-t>r/2-1){i=" ... ",t+=5;break}for(o="",s=this.position;s<this.buffer.length&&`\0\r
\x85\u2028\u2029`.indexOf(this.buffer.charAt(s))===-1;)if(s+=1,s-this.position>r/2-1){o=" ... ",s-=5;break}return a=this.buffer.slice(t,s),Yn.repeat(" ",n)+i+a+o+`
`+Yn.repeat(" ",n+this.position-t+i.length)+"^"};He.prototype.toString=function(n){var r,i="";return this.name&&(i+='in "'+this.name+'" '),i+="at line "+(this.line+1)+", column "+(this.column+1),n||(r=this.getSnippet(),r&&(i+=`:
`+r)),i};Hn.exports=He});var A=y((Lc,Zn)=>{"use strict";var zn=Z(),uo=["kind","resolve","construct","instanceOf","predicate","represent","defaultStyle","styleAliases"],fo=["scalar","sequence","mapping"];function po(e){var n={};return e!==null&&Object.keys(e).forEach(function(r){e[r].forEach(function(i){n[String(i)]=r})}),n}function ho(e,n){if(n=n||{},Object.keys(n).forEach(function(r){if(uo.indexOf(r)===-1)throw new zn('Unknown option "'+r+'" is met in definition of "'+e+'" YAML type.')}),this.tag=e,this.kind=n.kind||null,this.resolve=n.resolve||function(){return!0},this.construct=n.construct||function(r){return r},this.instanceOf=n.instanceOf||null,this.predicate=n.predicate||null,this.represent=n.represent||null,this.defaultStyle=n.defaultStyle||null,this.styleAliases=po(n.styleAliases||null),fo.indexOf(this.kind)===-1)throw new zn('Unknown kind "'+this.kind+'" is specified for "'+e+'" YAML type.')}Zn.exports=ho});var P=y((Rc,Jn)=>{"use strict";var Gn=j(),Ae=Z(),mo=A();function Ke(e,n,r){var i=[];return e.include.forEach(function(t){r=Ke(t,n,r)}),e[n].forEach(function(t){r.forEach(function(o,s){o.tag===t.tag&&o.kind===t.kind&&i.push(s)}),r.push(t)}),r.filter(function(t,o){return i.indexOf(o)===-1})}function go(){var e={scalar:{},sequence:{},mapping:{},fallback:{}},n,r;function i(t){e[t.kind][t.tag]=e.fallback[t.tag]=t}for(n=0,r=arguments.length;n<r;n+=1)arguments[n].forEach(i);return e}function G(e){this.include=e.include||[],this.implicit=e.implicit||[],this.explicit=e.explicit||[],this.implicit.forEach(function(n){if(n.loadKind&&n.loadKind!=="scalar")throw new Ae("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.")}),this.compiledImplicit=Ke(this,"implicit",[]),this.compiledExplicit=Ke(this,"explicit",[]),this.compiledTypeMap=go(this.compiledImplicit,this.compiledExplicit)}G.DEFAULT=null;G.create=function(){var n,r;switch(arguments.length){case 1:n=G.DEFAULT,r=arguments[0];break;case 2:n=arguments[0],r=arguments[1];break;default:throw new Ae("Wrong number of arguments for Schema.create function")}if(n=Gn.toArray(n),r=Gn.toArray(r),!n.every(function(i){return i instanceof G}))throw new Ae("Specified list of super schemas (or a single Schema object) contains a non-Schema object.");if(!r.every(function(i){return i instanceof mo}))throw new Ae("Specified list of YAML types (or a single Type object) contains a non-Type object.");return new G({include:n,explicit:r})};Jn.exports=G});var Qn=y((Mc,Vn)=>{"use strict";var yo=A();Vn.exports=new yo("tag:yaml.org,2002:str",{kind:"scalar",construct:function(e){return e!==null?e:""}})});var er=y((Nc,Xn)=>{"use strict";var xo=A();Xn.exports=new xo("tag:yaml.org,2002:seq",{kind:"sequence",construct:function(e){return e!==null?e:[]}})});var rr=y((Dc,nr)=>{"use strict";var wo=A();nr.exports=new wo("tag:yaml.org,2002:map",{kind:"mapping",construct:function(e){return e!==null?e:{}}})});var ke=y((qc,tr)=>{"use strict";var vo=P();tr.exports=new vo({explicit:[Qn(),er(),rr()]})});var or=y((jc,ir)=>{"use strict";var bo=A();function Ao(e){if(e===null)return!0;var n=e.length;return n===1&&e==="~"||n===4&&(e==="null"||e==="Null"||e==="NULL")}function ko(){return null}function To(e){return e===null}ir.exports=new bo("tag:yaml.org,2002:null",{kind:"scalar",resolve:Ao,construct:ko,predicate:To,represent:{canonical:function(){return"~"},lowercase:function(){return"null"},uppercase:function(){return"NULL"},camelcase:function(){return"Null"}},defaultStyle:"lowercase"})});var ar=y((Pc,sr)=>{"use strict";var Eo=A();function So(e){if(e===null)return!1;var n=e.length;return n===4&&(e==="true"||e==="True"||e==="TRUE")||n===5&&(e==="false"||e==="False"||e==="FALSE")}function Co(e){return e==="true"||e==="True"||e==="TRUE"}function Fo(e){return Object.prototype.toString.call(e)==="[object Boolean]"}sr.exports=new Eo("tag:yaml.org,2002:bool",{kind:"scalar",resolve:So,construct:Co,predicate:Fo,represent:{lowercase:function(e){return e?"true":"false"},uppercase:function(e){return e?"TRUE":"FALSE"},camelcase:function(e){return e?"True":"False"}},defaultStyle:"lowercase"})});var lr=y((Bc,cr)=>{"use strict";var _o=j(),Oo=A();function Io(e){return 48<=e&&e<=57||65<=e&&e<=70||97<=e&&e<=102}function Lo(e){return 48<=e&&e<=55}function Ro(e){return 48<=e&&e<=57}function Mo(e){if(e===null)return!1;var n=e.length,r=0,i=!1,t;if(!n)return!1;if(t=e[r],(t==="-"||t==="+")&&(t=e[++r]),t==="0"){if(r+1===n)return!0;if(t=e[++r],t==="b"){for(r++;r<n;r++)if(t=e[r],t!=="_"){if(t!=="0"&&t!=="1")return!1;i=!0}return i&&t!=="_"}if(t==="x"){for(r++;r<n;r++)if(t=e[r],t!=="_"){if(!Io(e.charCodeAt(r)))return!1;i=!0}return i&&t!=="_"}for(;r<n;r++)if(t=e[r],t!=="_"){if(!Lo(e.charCodeAt(r)))return!1;i=!0}return i&&t!=="_"}if(t==="_")return!1;for(;r<n;r++)if(t=e[r],t!=="_"){if(t===":")break;if(!Ro(e.charCodeAt(r)))return!1;i=!0}return!i||t==="_"?!1:t!==":"?!0:/^(:[0-5]?[0-9])+$/.test(e.slice(r))}function No(e){var n=e,r=1,i,t,o=[];return n.indexOf("_")!==-1&&(n=n.replace(/_/g,"")),i=n[0],(i==="-"||i==="+")&&(i==="-"&&(r=-1),n=n.slice(1),i=n[0]),n==="0"?0:i==="0"?n[1]==="b"?r*parseInt(n.slice(2),2):n[1]==="x"?r*parseInt(n,16):r*parseInt(n,8):n.indexOf(":")!==-1?(n.split(":").forEach(function(s){o.unshift(parseInt(s,10))}),n=0,t=1,o.forEach(function(s){n+=s*t,t*=60}),r*n):r*parseInt(n,10)}function Do(e){return Object.prototype.toString.call(e)==="[object Number]"&&e%1===0&&!_o.isNegativeZero(e)}cr.exports=new Oo("tag:yaml.org,2002:int",{kind:"scalar",resolve:Mo,construct:No,predicate:Do,represent:{binary:function(e){return e>=0?"0b"+e.toString(2):"-0b"+e.toString(2).slice(1)},octal:function(e){return e>=0?"0"+e.toString(8):"-0"+e.toString(8).slice(1)},decimal:function(e){return e.toString(10)},hexadecimal:function(e){return e>=0?"0x"+e.toString(16).toUpperCase():"-0x"+e.toString(16).toUpperCase().slice(1)}},defaultStyle:"decimal",styleAliases:{binary:[2,"bin"],octal:[8,"oct"],decimal:[10,"dec"],hexadecimal:[16,"hex"]}})});var pr=y((Uc,fr)=>{"use strict";var ur=j(),qo=A(),jo=new RegExp("^(?:[-+]?(?:0|[1-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");function Po(e){return!(e===null||!jo.test(e)||e[e.length-1]==="_")}function Bo(e){var n,r,i,t;return n=e.replace(/_/g,"").toLowerCase(),r=n[0]==="-"?-1:1,t=[],"+-".indexOf(n[0])>=0&&(n=n.slice(1)),n===".inf"?r===1?Number.POSITIVE_INFINITY:Number.NEGATIVE_INFINITY:n===".nan"?NaN:n.indexOf(":")>=0?(n.split(":").forEach(function(o){t.unshift(parseFloat(o,10))}),n=0,i=1,t.forEach(function(o){n+=o*i,i*=60}),r*n):r*parseFloat(n,10)}var Uo=/^[-+]?[0-9]+e/;function $o(e,n){var r;if(isNaN(e))switch(n){case"lowercase":return".nan";case"uppercase":return".NAN";case"camelcase":return".NaN"}else if(Number.POSITIVE_INFINITY===e)switch(n){case"lowercase":return".inf";case"uppercase":return".INF";case"camelcase":return".Inf"}else if(Number.NEGATIVE_INFINITY===e)switch(n){case"lowercase":return"-.inf";case"uppercase":return"-.INF";case"camelcase":return"-.Inf"}else if(ur.isNegativeZero(e))return"-0.0";return r=e.toString(10),Uo.test(r)?r.replace("e",".e"):r}function Wo(e){return Object.prototype.toString.call(e)==="[object Number]"&&(e%1!==0||ur.isNegativeZero(e))}fr.exports=new qo("tag:yaml.org,2002:float",{kind:"scalar",resolve:Po,construct:Bo,predicate:Wo,represent:$o,defaultStyle:"lowercase"})});var ze=y(($c,dr)=>{"use strict";var Yo=P();dr.exports=new Yo({include:[ke()],implicit:[or(),ar(),lr(),pr()]})});var Ze=y((Wc,hr)=>{"use strict";var Ho=P();hr.exports=new Ho({include:[ze()]})});var xr=y((Yc,yr)=>{"use strict";var Ko=A(),mr=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"),gr=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");function zo(e){return e===null?!1:mr.exec(e)!==null||gr.exec(e)!==null}function Zo(e){var n,r,i,t,o,s,a,c=0,l=null,f,u,p;if(n=mr.exec(e),n===null&&(n=gr.exec(e)),n===null)throw new Error("Date resolve error");if(r=+n[1],i=+n[2]-1,t=+n[3],!n[4])return new Date(Date.UTC(r,i,t));if(o=+n[4],s=+n[5],a=+n[6],n[7]){for(c=n[7].slice(0,3);c.length<3;)c+="0";c=+c}return n[9]&&(f=+n[10],u=+(n[11]||0),l=(f*60+u)*6e4,n[9]==="-"&&(l=-l)),p=new Date(Date.UTC(r,i,t,o,s,a,c)),l&&p.setTime(p.getTime()-l),p}function Go(e){return e.toISOString()}yr.exports=new Ko("tag:yaml.org,2002:timestamp",{kind:"scalar",resolve:zo,construct:Zo,instanceOf:Date,represent:Go})});var vr=y((Hc,wr)=>{"use strict";var Jo=A();function Vo(e){return e==="<<"||e===null}wr.exports=new Jo("tag:yaml.org,2002:merge",{kind:"scalar",resolve:Vo})});var kr=y((Kc,Ar)=>{"use strict";var B;try{br=ie,B=br("buffer").Buffer}catch{}var br,Qo=A(),Ge=`ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=
\r`;function Xo(e){if(e===null)return!1;var n,r,i=0,t=e.length,o=Ge;for(r=0;r<t;r++)if(n=o.indexOf(e.charAt(r)),!(n>64)){if(n<0)return!1;i+=6}return i%8===0}function es(e){var n,r,i=e.replace(/[\r\n=]/g,""),t=i.length,o=Ge,s=0,a=[];for(n=0;n<t;n++)n%4===0&&n&&(a.push(s>>16&255),a.push(s>>8&255),a.push(s&255)),s=s<<6|o.indexOf(i.charAt(n));return r=t%4*6,r===0?(a.push(s>>16&255),a.push(s>>8&255),a.push(s&255)):r===18?(a.push(s>>10&255),a.push(s>>2&255)):r===12&&a.push(s>>4&255),B?B.from?B.from(a):new B(a):a}function ns(e){var n="",r=0,i,t,o=e.length,s=Ge;for(i=0;i<o;i++)i%3===0&&i&&(n+=s[r>>18&63],n+=s[r>>12&63],n+=s[r>>6&63],n+=s[r&63]),r=(r<<8)+e[i];return t=o%3,t===0?(n+=s[r>>18&63],n+=s[r>>12&63],n+=s[r>>6&63],n+=s[r&63]):t===2?(n+=s[r>>10&63],n+=s[r>>4&63],n+=s[r<<2&63],n+=s[64]):t===1&&(n+=s[r>>2&63],n+=s[r<<4&63],n+=s[64],n+=s[64]),n}function rs(e){return B&&B.isBuffer(e)}Ar.exports=new Qo("tag:yaml.org,2002:binary",{kind:"scalar",resolve:Xo,construct:es,predicate:rs,represent:ns})});var Sr=y((Zc,Er)=>{"use strict";var ts=A(),Tr=Object.prototype.hasOwnProperty,is=Object.prototype.toString;function os(e){if(e===null)return!0;var n={},r,i,t,o,s,a=e;for(r=0,i=a.length;r<i;r+=1){if(t=a[r],s=!1,is.call(t)!=="[object Object]")return!1;for(o in t)if(Tr.call(t,o))if(!s)s=!0;else return!1;if(!s||Tr.call(n,o))return!1;Object.defineProperty(n,o,{value:!0})}return!0}function ss(e){return e!==null?e:[]}Er.exports=new ts("tag:yaml.org,2002:omap",{kind:"sequence",resolve:os,construct:ss})});var Fr=y((Gc,Cr)=>{"use strict";var as=A(),cs=Object.prototype.toString;function ls(e){if(e===null)return!0;var n,r,i,t,o,s=e;for(o=new Array(s.length),n=0,r=s.length;n<r;n+=1){if(i=s[n],cs.call(i)!=="[object Object]"||(t=Object.keys(i),t.length!==1))return!1;o[n]=[t[0],i[t[0]]]}return!0}function us(e){if(e===null)return[];var n,r,i,t,o,s=e;for(o=new Array(s.length),n=0,r=s.length;n<r;n+=1)i=s[n],t=Object.keys(i),o[n]=[t[0],i[t[0]]];return o}Cr.exports=new as("tag:yaml.org,2002:pairs",{kind:"sequence",resolve:ls,construct:us})});var Or=y((Jc,_r)=>{"use strict";var fs=A(),ps=Object.prototype.hasOwnProperty;function ds(e){if(e===null)return!0;var n,r=e;for(n in r)if(ps.call(r,n)&&r[n]!==null)return!1;return!0}function hs(e){return e!==null?e:{}}_r.exports=new fs("tag:yaml.org,2002:set",{kind:"mapping",resolve:ds,construct:hs})});var J=y((Vc,Ir)=>{"use strict";var ms=P();Ir.exports=new ms({include:[Ze()],implicit:[xr(),vr()],explicit:[kr(),Sr(),Fr(),Or()]})});var Rr=y((Qc,Lr)=>{"use strict";var gs=A();function ys(){return!0}function xs(){}function ws(){return""}function vs(e){return typeof e>"u"}Lr.exports=new gs("tag:yaml.org,2002:js/undefined",{kind:"scalar",resolve:ys,construct:xs,predicate:vs,represent:ws})});var Nr=y((Xc,Mr)=>{"use strict";var bs=A();function As(e){if(e===null||e.length===0)return!1;var n=e,r=/\/([gim]*)$/.exec(e),i="";return!(n[0]==="/"&&(r&&(i=r[1]),i.length>3||n[n.length-i.length-1]!=="/"))}function ks(e){var n=e,r=/\/([gim]*)$/.exec(e),i="";return n[0]==="/"&&(r&&(i=r[1]),n=n.slice(1,n.length-i.length-1)),new RegExp(n,i)}function Ts(e){var n="/"+e.source+"/";return e.global&&(n+="g"),e.multiline&&(n+="m"),e.ignoreCase&&(n+="i"),n}function Es(e){return Object.prototype.toString.call(e)==="[object RegExp]"}Mr.exports=new bs("tag:yaml.org,2002:js/regexp",{kind:"scalar",resolve:As,construct:ks,predicate:Es,represent:Ts})});var jr=y((el,qr)=>{"use strict";var Te;try{Dr=ie,Te=Dr("esprima")}catch{typeof window<"u"&&(Te=window.esprima)}var Dr,Ss=A();function Cs(e){if(e===null)return!1;try{var n="("+e+")",r=Te.parse(n,{range:!0});return!(r.type!=="Program"||r.body.length!==1||r.body[0].type!=="ExpressionStatement"||r.body[0].expression.type!=="ArrowFunctionExpression"&&r.body[0].expression.type!=="FunctionExpression")}catch{return!1}}function Fs(e){var n="("+e+")",r=Te.parse(n,{range:!0}),i=[],t;if(r.type!=="Program"||r.body.length!==1||r.body[0].type!=="ExpressionStatement"||r.body[0].expression.type!=="ArrowFunctionExpression"&&r.body[0].expression.type!=="FunctionExpression")throw new Error("Failed to resolve function");return r.body[0].expression.params.forEach(function(o){i.push(o.name)}),t=r.body[0].expression.body.range,r.body[0].expression.body.type==="BlockStatement"?new Function(i,n.slice(t[0]+1,t[1]-1)):new Function(i,"return "+n.slice(t[0],t[1]))}function _s(e){return e.toString()}function Os(e){return Object.prototype.toString.call(e)==="[object Function]"}qr.exports=new Ss("tag:yaml.org,2002:js/function",{kind:"scalar",resolve:Cs,construct:Fs,predicate:Os,represent:_s})});var de=y((rl,Br)=>{"use strict";var Pr=P();Br.exports=Pr.DEFAULT=new Pr({include:[J()],explicit:[Rr(),Nr(),jr()]})});var at=y((tl,he)=>{"use strict";var L=j(),Zr=Z(),Is=Kn(),Gr=J(),Ls=de(),N=Object.prototype.hasOwnProperty,Ee=1,Jr=2,Vr=3,Se=4,Je=1,Rs=2,Ur=3,Ms=/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/,Ns=/[\x85\u2028\u2029]/,Ds=/[,\[\]\{\}]/,Qr=/^(?:!|!!|![a-z\-]+!)$/i,Xr=/^(?:!|[^,\[\]\{\}])(?:%[0-9a-f]{2}|[0-9a-z\-#;\/\?:@&=\+\$,_\.!~\*'\(\)\[\]])*$/i;function $r(e){return Object.prototype.toString.call(e)}function O(e){return e===10||e===13}function $(e){return e===9||e===32}function F(e){return e===9||e===32||e===10||e===13}function V(e){return e===44||e===91||e===93||e===123||e===125}function qs(e){var n;return 48<=e&&e<=57?e-48:(n=e|32,97<=n&&n<=102?n-97+10:-1)}function js(e){return e===120?2:e===117?4:e===85?8:0}function Ps(e){return 48<=e&&e<=57?e-48:-1}function Wr(e){return e===48?"\0":e===97?"\x07":e===98?"\b":e===116||e===9?"	":e===110?`
`:e===118?"\v":e===102?"\f":e===114?"\r":e===101?"\x1B":e===32?" ":e===34?'"':e===47?"/":e===92?"\\":e===78?"\x85":e===95?"\xA0":e===76?"\u2028":e===80?"\u2029":""}function Bs(e){return e<=65535?String.fromCharCode(e):String.fromCharCode((e-65536>>10)+55296,(e-65536&1023)+56320)}function et(e,n,r){n==="__proto__"?Object.defineProperty(e,n,{configurable:!0,enumerable:!0,writable:!0,value:r}):e[n]=r}var nt=new Array(256),rt=new Array(256);for(U=0;U<256;U++)nt[U]=Wr(U)?1:0,rt[U]=Wr(U);var U;function Us(e,n){this.input=e,this.filename=n.filename||null,this.schema=n.schema||Ls,this.onWarning=n.onWarning||null,this.legacy=n.legacy||!1,this.json=n.json||!1,this.listener=n.listener||null,this.maxTotalMergeKeys=typeof n.maxTotalMergeKeys=="number"?n.maxTotalMergeKeys:1e4,this.implicitTypes=this.schema.compiledImplicit,this.typeMap=this.schema.compiledTypeMap,this.length=e.length,this.position=0,this.line=0,this.lineStart=0,this.lineIndent=0,this.totalMergeKeys=0,this.documents=[]}function tt(e,n){return new Zr(n,new Is(e.filename,e.input,e.position,e.line,e.position-e.lineStart))}function h(e,n){throw tt(e,n)}function Ce(e,n){e.onWarning&&e.onWarning.call(null,tt(e,n))}var Yr={YAML:function(n,r,i){var t,o,s;n.version!==null&&h(n,"duplication of %YAML directive"),i.length!==1&&h(n,"YAML directive accepts exactly one argument"),t=/^([0-9]+)\.([0-9]+)$/.exec(i[0]),t===null&&h(n,"ill-formed argument of the YAML directive"),o=parseInt(t[1],10),s=parseInt(t[2],10),o!==1&&h(n,"unacceptable YAML version of the document"),n.version=i[0],n.checkLineBreaks=s<2,s!==1&&s!==2&&Ce(n,"unsupported YAML version of the document")},TAG:function(n,r,i){var t,o;i.length!==2&&h(n,"TAG directive accepts exactly two arguments"),t=i[0],o=i[1],Qr.test(t)||h(n,"ill-formed tag handle (first argument) of the TAG directive"),N.call(n.tagMap,t)&&h(n,'there is a previously declared suffix for "'+t+'" tag handle'),Xr.test(o)||h(n,"ill-formed tag prefix (second argument) of the TAG directive"),n.tagMap[t]=o}};function M(e,n,r,i){var t,o,s,a;if(n<r){if(a=e.input.slice(n,r),i)for(t=0,o=a.length;t<o;t+=1)s=a.charCodeAt(t),s===9||32<=s&&s<=1114111||h(e,"expected valid JSON character");else Ms.test(a)&&h(e,"the stream contains non-printable characters");e.result+=a}}function Hr(e){e.totalMergeKeys+=1,e.maxTotalMergeKeys!==-1&&e.totalMergeKeys>e.maxTotalMergeKeys&&h(e,"merge keys exceeded maxTotalMergeKeys ("+e.maxTotalMergeKeys+")")}function Kr(e,n,r,i){var t,o,s,a;for(L.isObject(r)||h(e,"cannot merge mappings; the provided source object is unacceptable"),Hr(e),t=Object.keys(r),s=0,a=t.length;s<a;s+=1)o=t[s],Hr(e),N.call(n,o)||(et(n,o,r[o]),i[o]=!0)}function Q(e,n,r,i,t,o,s,a){var c,l;if(Array.isArray(t))for(t=Array.prototype.slice.call(t),c=0,l=t.length;c<l;c+=1)Array.isArray(t[c])&&h(e,"nested arrays are not supported inside keys"),typeof t=="object"&&$r(t[c])==="[object Object]"&&(t[c]="[object Object]");if(typeof t=="object"&&$r(t)==="[object Object]"&&(t="[object Object]"),t=String(t),n===null&&(n={}),i==="tag:yaml.org,2002:merge")if(Array.isArray(o))for(o.length>100&&h(e,"abnormal merge sequence size"),c=0,l=o.length;c<l;c+=1)Kr(e,n,o[c],r);else Kr(e,n,o,r);else!e.json&&!N.call(r,t)&&N.call(n,t)&&(e.line=s||e.line,e.position=a||e.position,h(e,"duplicated mapping key")),et(n,t,o),delete r[t];return n}function Ve(e){var n;n=e.input.charCodeAt(e.position),n===10?e.position++:n===13?(e.position++,e.input.charCodeAt(e.position)===10&&e.position++):h(e,"a line break is expected"),e.line+=1,e.lineStart=e.position}function b(e,n,r){for(var i=0,t=e.input.charCodeAt(e.position);t!==0;){for(;$(t);)t=e.input.charCodeAt(++e.position);if(n&&t===35)do t=e.input.charCodeAt(++e.position);while(t!==10&&t!==13&&t!==0);if(O(t))for(Ve(e),t=e.input.charCodeAt(e.position),i++,e.lineIndent=0;t===32;)e.lineIndent++,t=e.input.charCodeAt(++e.position);else break}return r!==-1&&i!==0&&e.lineIndent<r&&Ce(e,"deficient indentation"),i}function Fe(e){var n=e.position,r;return r=e.input.charCodeAt(n),!!((r===45||r===46)&&r===e.input.charCodeAt(n+1)&&r===e.input.charCodeAt(n+2)&&(n+=3,r=e.input.charCodeAt(n),r===0||F(r)))}function Qe(e,n){n===1?e.result+=" ":n>1&&(e.result+=L.repeat(`
`,n-1))}function $s(e,n,r){var i,t,o,s,a,c,l,f,u=e.kind,p=e.result,d;if(d=e.input.charCodeAt(e.position),F(d)||V(d)||d===35||d===38||d===42||d===33||d===124||d===62||d===39||d===34||d===37||d===64||d===96||(d===63||d===45)&&(t=e.input.charCodeAt(e.position+1),F(t)||r&&V(t)))return!1;for(e.kind="scalar",e.result="",o=s=e.position,a=!1;d!==0;){if(d===58){if(t=e.input.charCodeAt(e.position+1),F(t)||r&&V(t))break}else if(d===35){if(i=e.input.charCodeAt(e.position-1),F(i))break}else{if(e.position===e.lineStart&&Fe(e)||r&&V(d))break;if(O(d))if(c=e.line,l=e.lineStart,f=e.lineIndent,b(e,!1,-1),e.lineIndent>=n){a=!0,d=e.input.charCodeAt(e.position);continue}else{e.position=s,e.line=c,e.lineStart=l,e.lineIndent=f;break}}a&&(M(e,o,s,!1),Qe(e,e.line-c),o=s=e.position,a=!1),$(d)||(s=e.position+1),d=e.input.charCodeAt(++e.position)}return M(e,o,s,!1),e.result?!0:(e.kind=u,e.result=p,!1)}function Ws(e,n){var r,i,t;if(r=e.input.charCodeAt(e.position),r!==39)return!1;for(e.kind="scalar",e.result="",e.position++,i=t=e.position;(r=e.input.charCodeAt(e.position))!==0;)if(r===39)if(M(e,i,e.position,!0),r=e.input.charCodeAt(++e.position),r===39)i=e.position,e.position++,t=e.position;else return!0;else O(r)?(M(e,i,t,!0),Qe(e,b(e,!1,n)),i=t=e.position):e.position===e.lineStart&&Fe(e)?h(e,"unexpected end of the document within a single quoted scalar"):(e.position++,t=e.position);h(e,"unexpected end of the stream within a single quoted scalar")}function Ys(e,n){var r,i,t,o,s,a;if(a=e.input.charCodeAt(e.position),a!==34)return!1;for(e.kind="scalar",e.result="",e.position++,r=i=e.position;(a=e.input.charCodeAt(e.position))!==0;){if(a===34)return M(e,r,e.position,!0),e.position++,!0;if(a===92){if(M(e,r,e.position,!0),a=e.input.charCodeAt(++e.position),O(a))b(e,!1,n);else if(a<256&&nt[a])e.result+=rt[a],e.position++;else if((s=js(a))>0){for(t=s,o=0;t>0;t--)a=e.input.charCodeAt(++e.position),(s=qs(a))>=0?o=(o<<4)+s:h(e,"expected hexadecimal character");e.result+=Bs(o),e.position++}else h(e,"unknown escape sequence");r=i=e.position}else O(a)?(M(e,r,i,!0),Qe(e,b(e,!1,n)),r=i=e.position):e.position===e.lineStart&&Fe(e)?h(e,"unexpected end of the document within a double quoted scalar"):(e.position++,i=e.position)}h(e,"unexpected end of the stream within a double quoted scalar")}function Hs(e,n){var r=!0,i,t=e.tag,o,s=e.anchor,a,c,l,f,u,p={},d,g,x,m;if(m=e.input.charCodeAt(e.position),m===91)c=93,u=!1,o=[];else if(m===123)c=125,u=!0,o={};else return!1;for(e.anchor!==null&&(e.anchorMap[e.anchor]=o),m=e.input.charCodeAt(++e.position);m!==0;){if(b(e,!0,n),m=e.input.charCodeAt(e.position),m===c)return e.position++,e.tag=t,e.anchor=s,e.kind=u?"mapping":"sequence",e.result=o,!0;r||h(e,"missed comma between flow collection entries"),g=d=x=null,l=f=!1,m===63&&(a=e.input.charCodeAt(e.position+1),F(a)&&(l=f=!0,e.position++,b(e,!0,n))),i=e.line,X(e,n,Ee,!1,!0),g=e.tag,d=e.result,b(e,!0,n),m=e.input.charCodeAt(e.position),(f||e.line===i)&&m===58&&(l=!0,m=e.input.charCodeAt(++e.position),b(e,!0,n),X(e,n,Ee,!1,!0),x=e.result),u?Q(e,o,p,g,d,x):l?o.push(Q(e,null,p,g,d,x)):o.push(d),b(e,!0,n),m=e.input.charCodeAt(e.position),m===44?(r=!0,m=e.input.charCodeAt(++e.position)):r=!1}h(e,"unexpected end of the stream within a flow collection")}function Ks(e,n){var r,i,t=Je,o=!1,s=!1,a=n,c=0,l=!1,f,u;if(u=e.input.charCodeAt(e.position),u===124)i=!1;else if(u===62)i=!0;else return!1;for(e.kind="scalar",e.result="";u!==0;)if(u=e.input.charCodeAt(++e.position),u===43||u===45)Je===t?t=u===43?Ur:Rs:h(e,"repeat of a chomping mode identifier");else if((f=Ps(u))>=0)f===0?h(e,"bad explicit indentation width of a block scalar; it cannot be less than one"):s?h(e,"repeat of an indentation width identifier"):(a=n+f-1,s=!0);else break;if($(u)){do u=e.input.charCodeAt(++e.position);while($(u));if(u===35)do u=e.input.charCodeAt(++e.position);while(!O(u)&&u!==0)}for(;u!==0;){for(Ve(e),e.lineIndent=0,u=e.input.charCodeAt(e.position);(!s||e.lineIndent<a)&&u===32;)e.lineIndent++,u=e.input.charCodeAt(++e.position);if(!s&&e.lineIndent>a&&(a=e.lineIndent),O(u)){c++;continue}if(e.lineIndent<a){t===Ur?e.result+=L.repeat(`
`,o?1+c:c):t===Je&&o&&(e.result+=`
`);break}for(i?$(u)?(l=!0,e.result+=L.repeat(`
`,o?1+c:c)):l?(l=!1,e.result+=L.repeat(`
`,c+1)):c===0?o&&(e.result+=" "):e.result+=L.repeat(`
`,c):e.result+=L.repeat(`
`,o?1+c:c),o=!0,s=!0,c=0,r=e.position;!O(u)&&u!==0;)u=e.input.charCodeAt(++e.position);M(e,r,e.position,!1)}return!0}function zr(e,n){var r,i=e.tag,t=e.anchor,o=[],s,a=!1,c;for(e.anchor!==null&&(e.anchorMap[e.anchor]=o),c=e.input.charCodeAt(e.position);c!==0&&!(c!==45||(s=e.input.charCodeAt(e.position+1),!F(s)));){if(a=!0,e.position++,b(e,!0,-1)&&e.lineIndent<=n){o.push(null),c=e.input.charCodeAt(e.position);continue}if(r=e.line,X(e,n,Vr,!1,!0),o.push(e.result),b(e,!0,-1),c=e.input.charCodeAt(e.position),(e.line===r||e.lineIndent>n)&&c!==0)h(e,"bad indentation of a sequence entry");else if(e.lineIndent<n)break}return a?(e.tag=i,e.anchor=t,e.kind="sequence",e.result=o,!0):!1}function zs(e,n,r){var i,t,o,s,a=e.tag,c=e.anchor,l={},f={},u=null,p=null,d=null,g=!1,x=!1,m;for(e.anchor!==null&&(e.anchorMap[e.anchor]=l),m=e.input.charCodeAt(e.position);m!==0;){if(i=e.input.charCodeAt(e.position+1),o=e.line,s=e.position,(m===63||m===58)&&F(i))m===63?(g&&(Q(e,l,f,u,p,null),u=p=d=null),x=!0,g=!0,t=!0):g?(g=!1,t=!0):h(e,"incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line"),e.position+=1,m=i;else if(X(e,r,Jr,!1,!0))if(e.line===o){for(m=e.input.charCodeAt(e.position);$(m);)m=e.input.charCodeAt(++e.position);if(m===58)m=e.input.charCodeAt(++e.position),F(m)||h(e,"a whitespace character is expected after the key-value separator within a block mapping"),g&&(Q(e,l,f,u,p,null),u=p=d=null),x=!0,g=!1,t=!1,u=e.tag,p=e.result;else if(x)h(e,"can not read an implicit mapping pair; a colon is missed");else return e.tag=a,e.anchor=c,!0}else if(x)h(e,"can not read a block mapping entry; a multiline key may not be an implicit key");else return e.tag=a,e.anchor=c,!0;else break;if((e.line===o||e.lineIndent>n)&&(X(e,n,Se,!0,t)&&(g?p=e.result:d=e.result),g||(Q(e,l,f,u,p,d,o,s),u=p=d=null),b(e,!0,-1),m=e.input.charCodeAt(e.position)),e.lineIndent>n&&m!==0)h(e,"bad indentation of a mapping entry");else if(e.lineIndent<n)break}return g&&Q(e,l,f,u,p,null),x&&(e.tag=a,e.anchor=c,e.kind="mapping",e.result=l),x}function Zs(e){var n,r=!1,i=!1,t,o,s;if(s=e.input.charCodeAt(e.position),s!==33)return!1;if(e.tag!==null&&h(e,"duplication of a tag property"),s=e.input.charCodeAt(++e.position),s===60?(r=!0,s=e.input.charCodeAt(++e.position)):s===33?(i=!0,t="!!",s=e.input.charCodeAt(++e.position)):t="!",n=e.position,r){do s=e.input.charCodeAt(++e.position);while(s!==0&&s!==62);e.position<e.length?(o=e.input.slice(n,e.position),s=e.input.charCodeAt(++e.position)):h(e,"unexpected end of the stream within a verbatim tag")}else{for(;s!==0&&!F(s);)s===33&&(i?h(e,"tag suffix cannot contain exclamation marks"):(t=e.input.slice(n-1,e.position+1),Qr.test(t)||h(e,"named tag handle cannot contain such characters"),i=!0,n=e.position+1)),s=e.input.charCodeAt(++e.position);o=e.input.slice(n,e.position),Ds.test(o)&&h(e,"tag suffix cannot contain flow indicator characters")}return o&&!Xr.test(o)&&h(e,"tag name cannot contain such characters: "+o),r?e.tag=o:N.call(e.tagMap,t)?e.tag=e.tagMap[t]+o:t==="!"?e.tag="!"+o:t==="!!"?e.tag="tag:yaml.org,2002:"+o:h(e,'undeclared tag handle "'+t+'"'),!0}function Gs(e){var n,r;if(r=e.input.charCodeAt(e.position),r!==38)return!1;for(e.anchor!==null&&h(e,"duplication of an anchor property"),r=e.input.charCodeAt(++e.position),n=e.position;r!==0&&!F(r)&&!V(r);)r=e.input.charCodeAt(++e.position);return e.position===n&&h(e,"name of an anchor node must contain at least one character"),e.anchor=e.input.slice(n,e.position),!0}function Js(e){var n,r,i;if(i=e.input.charCodeAt(e.position),i!==42)return!1;for(i=e.input.charCodeAt(++e.position),n=e.position;i!==0&&!F(i)&&!V(i);)i=e.input.charCodeAt(++e.position);return e.position===n&&h(e,"name of an alias node must contain at least one character"),r=e.input.slice(n,e.position),N.call(e.anchorMap,r)||h(e,'unidentified alias "'+r+'"'),e.result=e.anchorMap[r],b(e,!0,-1),!0}function X(e,n,r,i,t){var o,s,a,c=1,l=!1,f=!1,u,p,d,g,x;if(e.listener!==null&&e.listener("open",e),e.tag=null,e.anchor=null,e.kind=null,e.result=null,o=s=a=Se===r||Vr===r,i&&b(e,!0,-1)&&(l=!0,e.lineIndent>n?c=1:e.lineIndent===n?c=0:e.lineIndent<n&&(c=-1)),c===1)for(;Zs(e)||Gs(e);)b(e,!0,-1)?(l=!0,a=o,e.lineIndent>n?c=1:e.lineIndent===n?c=0:e.lineIndent<n&&(c=-1)):a=!1;if(a&&(a=l||t),(c===1||Se===r)&&(Ee===r||Jr===r?g=n:g=n+1,x=e.position-e.lineStart,c===1?a&&(zr(e,x)||zs(e,x,g))||Hs(e,g)?f=!0:(s&&Ks(e,g)||Ws(e,g)||Ys(e,g)?f=!0:Js(e)?(f=!0,(e.tag!==null||e.anchor!==null)&&h(e,"alias node should not have any properties")):$s(e,g,Ee===r)&&(f=!0,e.tag===null&&(e.tag="?")),e.anchor!==null&&(e.anchorMap[e.anchor]=e.result)):c===0&&(f=a&&zr(e,x))),e.tag!==null&&e.tag!=="!")if(e.tag==="?"){for(e.result!==null&&e.kind!=="scalar"&&h(e,'unacceptable node kind for !<?> tag; it should be "scalar", not "'+e.kind+'"'),u=0,p=e.implicitTypes.length;u<p;u+=1)if(d=e.implicitTypes[u],d.resolve(e.result)){e.result=d.construct(e.result),e.tag=d.tag,e.anchor!==null&&(e.anchorMap[e.anchor]=e.result);break}}else N.call(e.typeMap[e.kind||"fallback"],e.tag)?(d=e.typeMap[e.kind||"fallback"][e.tag],e.result!==null&&d.kind!==e.kind&&h(e,"unacceptable node kind for !<"+e.tag+'> tag; it should be "'+d.kind+'", not "'+e.kind+'"'),d.resolve(e.result)?(e.result=d.construct(e.result),e.anchor!==null&&(e.anchorMap[e.anchor]=e.result)):h(e,"cannot resolve a node with !<"+e.tag+"> explicit tag")):h(e,"unknown tag !<"+e.tag+">");return e.listener!==null&&e.listener("close",e),e.tag!==null||e.anchor!==null||f}function Vs(e){var n=e.position,r,i,t,o=!1,s;for(e.version=null,e.checkLineBreaks=e.legacy,e.tagMap={},e.anchorMap={};(s=e.input.charCodeAt(e.position))!==0&&(b(e,!0,-1),s=e.input.charCodeAt(e.position),!(e.lineIndent>0||s!==37));){for(o=!0,s=e.input.charCodeAt(++e.position),r=e.position;s!==0&&!F(s);)s=e.input.charCodeAt(++e.position);for(i=e.input.slice(r,e.position),t=[],i.length<1&&h(e,"directive name must not be less than one character in length");s!==0;){for(;$(s);)s=e.input.charCodeAt(++e.position);if(s===35){do s=e.input.charCodeAt(++e.position);while(s!==0&&!O(s));break}if(O(s))break;for(r=e.position;s!==0&&!F(s);)s=e.input.charCodeAt(++e.position);t.push(e.input.slice(r,e.position))}s!==0&&Ve(e),N.call(Yr,i)?Yr[i](e,i,t):Ce(e,'unknown document directive "'+i+'"')}if(b(e,!0,-1),e.lineIndent===0&&e.input.charCodeAt(e.position)===45&&e.input.charCodeAt(e.position+1)===45&&e.input.charCodeAt(e.position+2)===45?(e.position+=3,b(e,!0,-1)):o&&h(e,"directives end mark is expected"),X(e,e.lineIndent-1,Se,!1,!0),b(e,!0,-1),e.checkLineBreaks&&Ns.test(e.input.slice(n,e.position))&&Ce(e,"non-ASCII line breaks are interpreted as content"),e.documents.push(e.result),e.position===e.lineStart&&Fe(e)){e.input.charCodeAt(e.position)===46&&(e.position+=3,b(e,!0,-1));return}if(e.position<e.length-1)h(e,"end of the stream or a document separator is expected");else return}function it(e,n){e=String(e),n=n||{},e.length!==0&&(e.charCodeAt(e.length-1)!==10&&e.charCodeAt(e.length-1)!==13&&(e+=`
`),e.charCodeAt(0)===65279&&(e=e.slice(1)));var r=new Us(e,n),i=e.indexOf("\0");for(i!==-1&&(r.position=i,h(r,"null byte is not allowed in input")),r.input+="\0";r.input.charCodeAt(r.position)===32;)r.lineIndent+=1,r.position+=1;for(;r.position<r.length-1;)Vs(r);return r.documents}function ot(e,n,r){n!==null&&typeof n=="object"&&typeof r>"u"&&(r=n,n=null);var i=it(e,r);if(typeof n!="function")return i;for(var t=0,o=i.length;t<o;t+=1)n(i[t])}function st(e,n){var r=it(e,n);if(r.length!==0){if(r.length===1)return r[0];throw new Zr("expected a single document in the stream, but found more")}}function Qs(e,n,r){return typeof n=="object"&&n!==null&&typeof r>"u"&&(r=n,n=null),ot(e,n,L.extend({schema:Gr},r))}function Xs(e,n){return st(e,L.extend({schema:Gr},n))}he.exports.loadAll=ot;he.exports.load=st;he.exports.safeLoadAll=Qs;he.exports.safeLoad=Xs});var Ot=y((il,rn)=>{"use strict";var ge=j(),ye=Z(),ea=de(),na=J(),mt=Object.prototype.toString,gt=Object.prototype.hasOwnProperty,ra=9,me=10,ta=13,ia=32,oa=33,sa=34,yt=35,aa=37,ca=38,la=39,ua=42,xt=44,fa=45,wt=58,pa=61,da=62,ha=63,ma=64,vt=91,bt=93,ga=96,At=123,ya=124,kt=125,E={};E[0]="\\0";E[7]="\\a";E[8]="\\b";E[9]="\\t";E[10]="\\n";E[11]="\\v";E[12]="\\f";E[13]="\\r";E[27]="\\e";E[34]='\\"';E[92]="\\\\";E[133]="\\N";E[160]="\\_";E[8232]="\\L";E[8233]="\\P";var xa=["y","Y","yes","Yes","YES","on","On","ON","n","N","no","No","NO","off","Off","OFF"];function wa(e,n){var r,i,t,o,s,a,c;if(n===null)return{};for(r={},i=Object.keys(n),t=0,o=i.length;t<o;t+=1)s=i[t],a=String(n[s]),s.slice(0,2)==="!!"&&(s="tag:yaml.org,2002:"+s.slice(2)),c=e.compiledTypeMap.fallback[s],c&&gt.call(c.styleAliases,a)&&(a=c.styleAliases[a]),r[s]=a;return r}function ct(e){var n,r,i;if(n=e.toString(16).toUpperCase(),e<=255)r="x",i=2;else if(e<=65535)r="u",i=4;else if(e<=4294967295)r="U",i=8;else throw new ye("code point within a string may not be greater than 0xFFFFFFFF");return"\\"+r+ge.repeat("0",i-n.length)+n}function va(e){this.schema=e.schema||ea,this.indent=Math.max(1,e.indent||2),this.noArrayIndent=e.noArrayIndent||!1,this.skipInvalid=e.skipInvalid||!1,this.flowLevel=ge.isNothing(e.flowLevel)?-1:e.flowLevel,this.styleMap=wa(this.schema,e.styles||null),this.sortKeys=e.sortKeys||!1,this.lineWidth=e.lineWidth||80,this.noRefs=e.noRefs||!1,this.noCompatMode=e.noCompatMode||!1,this.condenseFlow=e.condenseFlow||!1,this.implicitTypes=this.schema.compiledImplicit,this.explicitTypes=this.schema.compiledExplicit,this.tag=null,this.result="",this.duplicates=[],this.usedDuplicates=null}function lt(e,n){for(var r=ge.repeat(" ",n),i=0,t=-1,o="",s,a=e.length;i<a;)t=e.indexOf(`
`,i),t===-1?(s=e.slice(i),i=a):(s=e.slice(i,t+1),i=t+1),s.length&&s!==`
`&&(o+=r),o+=s;return o}function Xe(e,n){return`
`+ge.repeat(" ",e.indent*n)}function ba(e,n){var r,i,t;for(r=0,i=e.implicitTypes.length;r<i;r+=1)if(t=e.implicitTypes[r],t.resolve(n))return!0;return!1}function nn(e){return e===ia||e===ra}function ee(e){return 32<=e&&e<=126||161<=e&&e<=55295&&e!==8232&&e!==8233||57344<=e&&e<=65533&&e!==65279||65536<=e&&e<=1114111}function Aa(e){return ee(e)&&!nn(e)&&e!==65279&&e!==ta&&e!==me}function ut(e,n){return ee(e)&&e!==65279&&e!==xt&&e!==vt&&e!==bt&&e!==At&&e!==kt&&e!==wt&&(e!==yt||n&&Aa(n))}function ka(e){return ee(e)&&e!==65279&&!nn(e)&&e!==fa&&e!==ha&&e!==wt&&e!==xt&&e!==vt&&e!==bt&&e!==At&&e!==kt&&e!==yt&&e!==ca&&e!==ua&&e!==oa&&e!==ya&&e!==pa&&e!==da&&e!==la&&e!==sa&&e!==aa&&e!==ma&&e!==ga}function Tt(e){var n=/^\n* /;return n.test(e)}var Et=1,St=2,Ct=3,Ft=4,_e=5;function Ta(e,n,r,i,t){var o,s,a,c=!1,l=!1,f=i!==-1,u=-1,p=ka(e.charCodeAt(0))&&!nn(e.charCodeAt(e.length-1));if(n)for(o=0;o<e.length;o++){if(s=e.charCodeAt(o),!ee(s))return _e;a=o>0?e.charCodeAt(o-1):null,p=p&&ut(s,a)}else{for(o=0;o<e.length;o++){if(s=e.charCodeAt(o),s===me)c=!0,f&&(l=l||o-u-1>i&&e[u+1]!==" ",u=o);else if(!ee(s))return _e;a=o>0?e.charCodeAt(o-1):null,p=p&&ut(s,a)}l=l||f&&o-u-1>i&&e[u+1]!==" "}return!c&&!l?p&&!t(e)?Et:St:r>9&&Tt(e)?_e:l?Ft:Ct}function Ea(e,n,r,i){e.dump=(function(){if(n.length===0)return"''";if(!e.noCompatMode&&xa.indexOf(n)!==-1)return"'"+n+"'";var t=e.indent*Math.max(1,r),o=e.lineWidth===-1?-1:Math.max(Math.min(e.lineWidth,40),e.lineWidth-t),s=i||e.flowLevel>-1&&r>=e.flowLevel;function a(c){return ba(e,c)}switch(Ta(n,s,e.indent,o,a)){case Et:return n;case St:return"'"+n.replace(/'/g,"''")+"'";case Ct:return"|"+ft(n,e.indent)+pt(lt(n,t));case Ft:return">"+ft(n,e.indent)+pt(lt(Sa(n,o),t));case _e:return'"'+Ca(n,o)+'"';default:throw new ye("impossible error: invalid scalar style")}})()}function ft(e,n){var r=Tt(e)?String(n):"",i=e[e.length-1]===`
`,t=i&&(e[e.length-2]===`
`||e===`
`),o=t?"+":i?"":"-";return r+o+`
`}function pt(e){return e[e.length-1]===`
`?e.slice(0,-1):e}function Sa(e,n){for(var r=/(\n+)([^\n]*)/g,i=(function(){var l=e.indexOf(`
`);return l=l!==-1?l:e.length,r.lastIndex=l,dt(e.slice(0,l),n)})(),t=e[0]===`
`||e[0]===" ",o,s;s=r.exec(e);){var a=s[1],c=s[2];o=c[0]===" ",i+=a+(!t&&!o&&c!==""?`
`:"")+dt(c,n),t=o}return i}function dt(e,n){if(e===""||e[0]===" ")return e;for(var r=/ [^ ]/g,i,t=0,o,s=0,a=0,c="";i=r.exec(e);)a=i.index,a-t>n&&(o=s>t?s:a,c+=`
`+e.slice(t,o),t=o+1),s=a;return c+=`
`,e.length-t>n&&s>t?c+=e.slice(t,s)+`
`+e.slice(s+1):c+=e.slice(t),c.slice(1)}function Ca(e){for(var n="",r,i,t,o=0;o<e.length;o++){if(r=e.charCodeAt(o),r>=55296&&r<=56319&&(i=e.charCodeAt(o+1),i>=56320&&i<=57343)){n+=ct((r-55296)*1024+i-56320+65536),o++;continue}t=E[r],n+=!t&&ee(r)?e[o]:t||ct(r)}return n}function Fa(e,n,r){var i="",t=e.tag,o,s;for(o=0,s=r.length;o<s;o+=1)W(e,n,r[o],!1,!1)&&(o!==0&&(i+=","+(e.condenseFlow?"":" ")),i+=e.dump);e.tag=t,e.dump="["+i+"]"}function _a(e,n,r,i){var t="",o=e.tag,s,a;for(s=0,a=r.length;s<a;s+=1)W(e,n+1,r[s],!0,!0)&&((!i||s!==0)&&(t+=Xe(e,n)),e.dump&&me===e.dump.charCodeAt(0)?t+="-":t+="- ",t+=e.dump);e.tag=o,e.dump=t||"[]"}function Oa(e,n,r){var i="",t=e.tag,o=Object.keys(r),s,a,c,l,f;for(s=0,a=o.length;s<a;s+=1)f="",s!==0&&(f+=", "),e.condenseFlow&&(f+='"'),c=o[s],l=r[c],W(e,n,c,!1,!1)&&(e.dump.length>1024&&(f+="? "),f+=e.dump+(e.condenseFlow?'"':"")+":"+(e.condenseFlow?"":" "),W(e,n,l,!1,!1)&&(f+=e.dump,i+=f));e.tag=t,e.dump="{"+i+"}"}function Ia(e,n,r,i){var t="",o=e.tag,s=Object.keys(r),a,c,l,f,u,p;if(e.sortKeys===!0)s.sort();else if(typeof e.sortKeys=="function")s.sort(e.sortKeys);else if(e.sortKeys)throw new ye("sortKeys must be a boolean or a function");for(a=0,c=s.length;a<c;a+=1)p="",(!i||a!==0)&&(p+=Xe(e,n)),l=s[a],f=r[l],W(e,n+1,l,!0,!0,!0)&&(u=e.tag!==null&&e.tag!=="?"||e.dump&&e.dump.length>1024,u&&(e.dump&&me===e.dump.charCodeAt(0)?p+="?":p+="? "),p+=e.dump,u&&(p+=Xe(e,n)),W(e,n+1,f,!0,u)&&(e.dump&&me===e.dump.charCodeAt(0)?p+=":":p+=": ",p+=e.dump,t+=p));e.tag=o,e.dump=t||"{}"}function ht(e,n,r){var i,t,o,s,a,c;for(t=r?e.explicitTypes:e.implicitTypes,o=0,s=t.length;o<s;o+=1)if(a=t[o],(a.instanceOf||a.predicate)&&(!a.instanceOf||typeof n=="object"&&n instanceof a.instanceOf)&&(!a.predicate||a.predicate(n))){if(e.tag=r?a.tag:"?",a.represent){if(c=e.styleMap[a.tag]||a.defaultStyle,mt.call(a.represent)==="[object Function]")i=a.represent(n,c);else if(gt.call(a.represent,c))i=a.represent[c](n,c);else throw new ye("!<"+a.tag+'> tag resolver accepts not "'+c+'" style');e.dump=i}return!0}return!1}function W(e,n,r,i,t,o){e.tag=null,e.dump=r,ht(e,r,!1)||ht(e,r,!0);var s=mt.call(e.dump);i&&(i=e.flowLevel<0||e.flowLevel>n);var a=s==="[object Object]"||s==="[object Array]",c,l;if(a&&(c=e.duplicates.indexOf(r),l=c!==-1),(e.tag!==null&&e.tag!=="?"||l||e.indent!==2&&n>0)&&(t=!1),l&&e.usedDuplicates[c])e.dump="*ref_"+c;else{if(a&&l&&!e.usedDuplicates[c]&&(e.usedDuplicates[c]=!0),s==="[object Object]")i&&Object.keys(e.dump).length!==0?(Ia(e,n,e.dump,t),l&&(e.dump="&ref_"+c+e.dump)):(Oa(e,n,e.dump),l&&(e.dump="&ref_"+c+" "+e.dump));else if(s==="[object Array]"){var f=e.noArrayIndent&&n>0?n-1:n;i&&e.dump.length!==0?(_a(e,f,e.dump,t),l&&(e.dump="&ref_"+c+e.dump)):(Fa(e,f,e.dump),l&&(e.dump="&ref_"+c+" "+e.dump))}else if(s==="[object String]")e.tag!=="?"&&Ea(e,e.dump,n,o);else{if(e.skipInvalid)return!1;throw new ye("unacceptable kind of an object to dump "+s)}e.tag!==null&&e.tag!=="?"&&(e.dump="!<"+e.tag+"> "+e.dump)}return!0}function La(e,n){var r=[],i=[],t,o;for(en(e,r,i),t=0,o=i.length;t<o;t+=1)n.duplicates.push(r[i[t]]);n.usedDuplicates=new Array(o)}function en(e,n,r){var i,t,o;if(e!==null&&typeof e=="object")if(t=n.indexOf(e),t!==-1)r.indexOf(t)===-1&&r.push(t);else if(n.push(e),Array.isArray(e))for(t=0,o=e.length;t<o;t+=1)en(e[t],n,r);else for(i=Object.keys(e),t=0,o=i.length;t<o;t+=1)en(e[i[t]],n,r)}function _t(e,n){n=n||{};var r=new va(n);return r.noRefs||La(e,r),W(r,0,e,!0,!0)?r.dump+`
`:""}function Ra(e,n){return _t(e,ge.extend({schema:na},n))}rn.exports.dump=_t;rn.exports.safeDump=Ra});var Lt=y((ol,v)=>{"use strict";var Oe=at(),It=Ot();function Ie(e){return function(){throw new Error("Function "+e+" is deprecated and cannot be used.")}}v.exports.Type=A();v.exports.Schema=P();v.exports.FAILSAFE_SCHEMA=ke();v.exports.JSON_SCHEMA=ze();v.exports.CORE_SCHEMA=Ze();v.exports.DEFAULT_SAFE_SCHEMA=J();v.exports.DEFAULT_FULL_SCHEMA=de();v.exports.load=Oe.load;v.exports.loadAll=Oe.loadAll;v.exports.safeLoad=Oe.safeLoad;v.exports.safeLoadAll=Oe.safeLoadAll;v.exports.dump=It.dump;v.exports.safeDump=It.safeDump;v.exports.YAMLException=Z();v.exports.MINIMAL_SCHEMA=ke();v.exports.SAFE_SCHEMA=J();v.exports.DEFAULT_SCHEMA=de();v.exports.scan=Ie("scan");v.exports.parse=Ie("parse");v.exports.compose=Ie("compose");v.exports.addConstructor=Ie("addConstructor")});var Mt=y((sl,Rt)=>{"use strict";var Ma=Lt();Rt.exports=Ma});var tn=y((exports,module)=>{"use strict";var yaml=Mt(),engines=exports=module.exports;engines.yaml={parse:yaml.safeLoad.bind(yaml),stringify:yaml.safeDump.bind(yaml)};engines.json={parse:JSON.parse.bind(JSON),stringify:function(e,n){let r=Object.assign({replacer:null,space:2},n);return JSON.stringify(e,r.replacer,r.space)}};engines.javascript={parse:function parse(str,options,wrap){try{return wrap!==!1&&(str=`(function() {
return `+str.trim()+`;
}());`),eval(str)||{}}catch(e){if(wrap!==!1&&/(unexpected|identifier)/i.test(e.message))return parse(str,options,!1);throw new SyntaxError(e)}},stringify:function(){throw new Error("stringifying JavaScript is not supported")}}});var Dt=y((al,Nt)=>{"use strict";Nt.exports=function(e){return typeof e=="string"&&e.charAt(0)==="\uFEFF"?e.slice(1):e}});var Le=y(R=>{"use strict";var qt=Dt(),jt=fe();R.define=function(e,n,r){Reflect.defineProperty(e,n,{enumerable:!1,configurable:!0,writable:!0,value:r})};R.isBuffer=function(e){return jt(e)==="buffer"};R.isObject=function(e){return jt(e)==="object"};R.toBuffer=function(e){return typeof e=="string"?Buffer.from(e):e};R.toString=function(e){if(R.isBuffer(e))return qt(String(e));if(typeof e!="string")throw new TypeError("expected input to be a string or buffer");return qt(e)};R.arrayify=function(e){return e?Array.isArray(e)?e:[e]:[]};R.startsWith=function(e,n,r){return typeof r!="number"&&(r=n.length),e.slice(0,r)===n}});var xe=y((ll,Pt)=>{"use strict";var Na=tn(),Da=Le();Pt.exports=function(e){let n=Object.assign({},e);return n.delimiters=Da.arrayify(n.delims||n.delimiters||"---"),n.delimiters.length===1&&n.delimiters.push(n.delimiters[0]),n.language=(n.language||n.lang||"yaml").toLowerCase(),n.engines=Object.assign({},Na,n.parsers,n.engines),n}});var on=y((ul,Bt)=>{"use strict";Bt.exports=function(e,n){let r=n.engines[e]||n.engines[qa(e)];if(typeof r>"u")throw new Error('gray-matter engine "'+e+'" is not registered');return typeof r=="function"&&(r={parse:r}),r};function qa(e){switch(e.toLowerCase()){case"js":case"javascript":return"javascript";case"coffee":case"coffeescript":case"cson":return"coffee";case"yaml":case"yml":return"yaml";default:return e}}});var sn=y((fl,Ut)=>{"use strict";var ja=fe(),Pa=on(),Ba=xe();Ut.exports=function(e,n,r){if(n==null&&r==null)switch(ja(e)){case"object":n=e.data,r={};break;case"string":return e;default:throw new TypeError("expected file to be a string or object")}let i=e.content,t=Ba(r);if(n==null){if(!t.data)return e;n=t.data}let o=e.language||t.language,s=Pa(o,t);if(typeof s.stringify!="function")throw new TypeError('expected "'+o+'.stringify" to be a function');n=Object.assign({},e.data,n);let a=t.delimiters[0],c=t.delimiters[1],l=s.stringify(n,r).trim(),f="";return l!=="{}"&&(f=ne(a)+ne(l)+ne(c)),typeof e.excerpt=="string"&&e.excerpt!==""&&i.indexOf(e.excerpt.trim())===-1&&(f+=ne(e.excerpt)+ne(c)),f+ne(i)};function ne(e){return e.slice(-1)!==`
`?e+`
`:e}});var Wt=y((pl,$t)=>{"use strict";var Ua=xe();$t.exports=function(e,n){let r=Ua(n);if(e.data==null&&(e.data={}),typeof r.excerpt=="function")return r.excerpt(e,r);let i=e.data.excerpt_separator||r.excerpt_separator;if(i==null&&(r.excerpt===!1||r.excerpt==null))return e;let t=typeof r.excerpt=="string"?r.excerpt:i||r.delimiters[0],o=e.content.indexOf(t);return o!==-1&&(e.excerpt=e.content.slice(0,o)),e}});var Kt=y((dl,Ht)=>{"use strict";var Yt=fe(),$a=sn(),re=Le();Ht.exports=function(e){return Yt(e)!=="object"&&(e={content:e}),Yt(e.data)!=="object"&&(e.data={}),e.contents&&e.content==null&&(e.content=e.contents),re.define(e,"orig",re.toBuffer(e.content)),re.define(e,"language",e.language||""),re.define(e,"matter",e.matter||""),re.define(e,"stringify",function(n,r){return r&&r.language&&(e.language=r.language),$a(e,n,r)}),e.content=re.toString(e.content),e.isEmpty=!1,e.excerpt="",e}});var Zt=y((hl,zt)=>{"use strict";var Wa=on(),Ya=xe();zt.exports=function(e,n,r){let i=Ya(r),t=Wa(e,i);if(typeof t.parse!="function")throw new TypeError('expected "'+e+'.parse" to be a function');return t.parse(n,i)}});var Qt=y((ml,Vt)=>{"use strict";var Ha=ie("fs"),Ka=Un(),an=xe(),za=sn(),Gt=Wt(),Za=tn(),Ga=Kt(),Ja=Zt(),Jt=Le();function C(e,n){if(e==="")return{data:{},content:e,excerpt:"",orig:e};let r=Ga(e),i=C.cache[r.content];if(!n){if(i)return r=Object.assign({},i),r.orig=i.orig,r;C.cache[r.content]=r}return Va(r,n)}function Va(e,n){let r=an(n),i=r.delimiters[0],t=`
`+r.delimiters[1],o=e.content;r.language&&(e.language=r.language);let s=i.length;if(!Jt.startsWith(o,i,s))return Gt(e,r),e;if(o.charAt(s)===i.slice(-1))return e;o=o.slice(s);let a=o.length,c=C.language(o,r);c.name&&(e.language=c.name,o=o.slice(c.raw.length));let l=o.indexOf(t);return l===-1&&(l=a),e.matter=o.slice(0,l),e.matter.replace(/^\s*#[^\n]+/gm,"").trim()===""?(e.isEmpty=!0,e.empty=e.content,e.data={}):e.data=Ja(e.language,e.matter,r),l===a?e.content="":(e.content=o.slice(l+t.length),e.content[0]==="\r"&&(e.content=e.content.slice(1)),e.content[0]===`
`&&(e.content=e.content.slice(1))),Gt(e,r),(r.sections===!0||typeof r.section=="function")&&Ka(e,r.section),e}C.engines=Za;C.stringify=function(e,n,r){return typeof e=="string"&&(e=C(e,r)),za(e,n,r)};C.read=function(e,n){let r=Ha.readFileSync(e,"utf8"),i=C(r,n);return i.path=e,i};C.test=function(e,n){return Jt.startsWith(e,an(n).delimiters[0])};C.language=function(e,n){let i=an(n).delimiters[0];C.test(e)&&(e=e.slice(i.length));let t=e.slice(0,e.search(/\r?\n/));return{raw:t,name:t?t.trim():""}};C.cache={};C.clearCache=function(){C.cache={}};Vt.exports=C});var ii=Object.prototype.toString,H=Array.isArray||function(n){return ii.call(n)==="[object Array]"};function De(e){return typeof e=="function"}function oi(e){return H(e)?"array":typeof e}function Ne(e){return e.replace(/[\-\[\]{}()*+?.,\\\^$|#\s]/g,"\\$&")}function dn(e,n){return e!=null&&typeof e=="object"&&n in e}function si(e,n){return e!=null&&typeof e!="object"&&e.hasOwnProperty&&e.hasOwnProperty(n)}var ai=RegExp.prototype.test;function ci(e,n){return ai.call(e,n)}var li=/\S/;function ui(e){return!ci(li,e)}var fi={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;","/":"&#x2F;","`":"&#x60;","=":"&#x3D;"};function pi(e){return String(e).replace(/[&<>"'`=\/]/g,function(r){return fi[r]})}var di=/\s*/,hi=/\s+/,hn=/\s*=/,mi=/\s*\}/,gi=/#|\^|\/|>|\{|&|=|!/;function yi(e,n){if(!e)return[];var r=!1,i=[],t=[],o=[],s=!1,a=!1,c="",l=0;function f(){if(s&&!a)for(;o.length;)delete t[o.pop()];else o=[];s=!1,a=!1}var u,p,d;function g(I){if(typeof I=="string"&&(I=I.split(hi,2)),!H(I)||I.length!==2)throw new Error("Invalid tags: "+I);u=new RegExp(Ne(I[0])+"\\s*"),p=new RegExp("\\s*"+Ne(I[1])),d=new RegExp("\\s*"+Ne("}"+I[1]))}g(n||_.tags);for(var x=new se(e),m,w,k,te,we,D;!x.eos();){if(m=x.pos,k=x.scanUntil(u),k)for(var Me=0,ri=k.length;Me<ri;++Me)te=k.charAt(Me),ui(te)?(o.push(t.length),c+=te):(a=!0,r=!0,c+=" "),t.push(["text",te,m,m+1]),m+=1,te===`
`&&(f(),c="",l=0,r=!1);if(!x.scan(u))break;if(s=!0,w=x.scan(gi)||"name",x.scan(di),w==="="?(k=x.scanUntil(hn),x.scan(hn),x.scanUntil(p)):w==="{"?(k=x.scanUntil(d),x.scan(mi),x.scanUntil(p),w="&"):k=x.scanUntil(p),!x.scan(p))throw new Error("Unclosed tag at "+x.pos);if(w==">"?we=[w,k,m,x.pos,c,l,r]:we=[w,k,m,x.pos],l++,t.push(we),w==="#"||w==="^")i.push(we);else if(w==="/"){if(D=i.pop(),!D)throw new Error('Unopened section "'+k+'" at '+m);if(D[1]!==k)throw new Error('Unclosed section "'+D[1]+'" at '+m)}else w==="name"||w==="{"||w==="&"?a=!0:w==="="&&g(k)}if(f(),D=i.pop(),D)throw new Error('Unclosed section "'+D[1]+'" at '+x.pos);return wi(xi(t))}function xi(e){for(var n=[],r,i,t=0,o=e.length;t<o;++t)r=e[t],r&&(r[0]==="text"&&i&&i[0]==="text"?(i[1]+=r[1],i[3]=r[3]):(n.push(r),i=r));return n}function wi(e){for(var n=[],r=n,i=[],t,o,s=0,a=e.length;s<a;++s)switch(t=e[s],t[0]){case"#":case"^":r.push(t),i.push(t),r=t[4]=[];break;case"/":o=i.pop(),o[5]=t[2],r=i.length>0?i[i.length-1][4]:n;break;default:r.push(t)}return n}function se(e){this.string=e,this.tail=e,this.pos=0}se.prototype.eos=function(){return this.tail===""};se.prototype.scan=function(n){var r=this.tail.match(n);if(!r||r.index!==0)return"";var i=r[0];return this.tail=this.tail.substring(i.length),this.pos+=i.length,i};se.prototype.scanUntil=function(n){var r=this.tail.search(n),i;switch(r){case-1:i=this.tail,this.tail="";break;case 0:i="";break;default:i=this.tail.substring(0,r),this.tail=this.tail.substring(r)}return this.pos+=i.length,i};function Y(e,n){this.view=e,this.cache={".":this.view},this.parent=n}Y.prototype.push=function(n){return new Y(n,this)};Y.prototype.lookup=function(n){var r=this.cache,i;if(r.hasOwnProperty(n))i=r[n];else{for(var t=this,o,s,a,c=!1;t;){if(n.indexOf(".")>0)for(o=t.view,s=n.split("."),a=0;o!=null&&a<s.length;)a===s.length-1&&(c=dn(o,s[a])||si(o,s[a])),o=o[s[a++]];else o=t.view[n],c=dn(t.view,n);if(c){i=o;break}t=t.parent}r[n]=i}return De(i)&&(i=i.call(this.view)),i};function S(){this.templateCache={_cache:{},set:function(n,r){this._cache[n]=r},get:function(n){return this._cache[n]},clear:function(){this._cache={}}}}S.prototype.clearCache=function(){typeof this.templateCache<"u"&&this.templateCache.clear()};S.prototype.parse=function(n,r){var i=this.templateCache,t=n+":"+(r||_.tags).join(":"),o=typeof i<"u",s=o?i.get(t):void 0;return s==null&&(s=yi(n,r),o&&i.set(t,s)),s};S.prototype.render=function(n,r,i,t){var o=this.getConfigTags(t),s=this.parse(n,o),a=r instanceof Y?r:new Y(r,void 0);return this.renderTokens(s,a,i,n,t)};S.prototype.renderTokens=function(n,r,i,t,o){for(var s="",a,c,l,f=0,u=n.length;f<u;++f)l=void 0,a=n[f],c=a[0],c==="#"?l=this.renderSection(a,r,i,t,o):c==="^"?l=this.renderInverted(a,r,i,t,o):c===">"?l=this.renderPartial(a,r,i,o):c==="&"?l=this.unescapedValue(a,r):c==="name"?l=this.escapedValue(a,r,o):c==="text"&&(l=this.rawValue(a)),l!==void 0&&(s+=l);return s};S.prototype.renderSection=function(n,r,i,t,o){var s=this,a="",c=r.lookup(n[1]);function l(p){return s.render(p,r,i,o)}if(c){if(H(c))for(var f=0,u=c.length;f<u;++f)a+=this.renderTokens(n[4],r.push(c[f]),i,t,o);else if(typeof c=="object"||typeof c=="string"||typeof c=="number")a+=this.renderTokens(n[4],r.push(c),i,t,o);else if(De(c)){if(typeof t!="string")throw new Error("Cannot use higher-order sections without the original template");c=c.call(r.view,t.slice(n[3],n[5]),l),c!=null&&(a+=c)}else a+=this.renderTokens(n[4],r,i,t,o);return a}};S.prototype.renderInverted=function(n,r,i,t,o){var s=r.lookup(n[1]);if(!s||H(s)&&s.length===0)return this.renderTokens(n[4],r,i,t,o)};S.prototype.indentPartial=function(n,r,i){for(var t=r.replace(/[^ \t]/g,""),o=n.split(`
`),s=0;s<o.length;s++)o[s].length&&(s>0||!i)&&(o[s]=t+o[s]);return o.join(`
`)};S.prototype.renderPartial=function(n,r,i,t){if(i){var o=this.getConfigTags(t),s=De(i)?i(n[1]):i[n[1]];if(s!=null){var a=n[6],c=n[5],l=n[4],f=s;c==0&&l&&(f=this.indentPartial(s,l,a));var u=this.parse(f,o);return this.renderTokens(u,r,i,f,t)}}};S.prototype.unescapedValue=function(n,r){var i=r.lookup(n[1]);if(i!=null)return i};S.prototype.escapedValue=function(n,r,i){var t=this.getConfigEscape(i)||_.escape,o=r.lookup(n[1]);if(o!=null)return typeof o=="number"&&t===_.escape?String(o):t(o)};S.prototype.rawValue=function(n){return n[1]};S.prototype.getConfigTags=function(n){return H(n)?n:n&&typeof n=="object"?n.tags:void 0};S.prototype.getConfigEscape=function(n){if(n&&typeof n=="object"&&!H(n))return n.escape};var _={name:"mustache.js",version:"4.2.0",tags:["{{","}}"],clearCache:void 0,escape:void 0,parse:void 0,render:void 0,Scanner:void 0,Context:void 0,Writer:void 0,set templateCache(e){oe.templateCache=e},get templateCache(){return oe.templateCache}},oe=new S;_.clearCache=function(){return oe.clearCache()};_.parse=function(n,r){return oe.parse(n,r)};_.render=function(n,r,i,t){if(typeof n!="string")throw new TypeError('Invalid template! Template should be a "string" but "'+oi(n)+'" was given as the first argument for mustache#render(template, view, partials)');return oe.render(n,r,i,t)};_.escape=pi;_.Scanner=se;_.Context=Y;_.Writer=S;var ae=_;function ce(e,n=3){let r=/^([ \t]*)(`{3,}|~{3,})(.*)$/.exec(e);if(!r)return null;let i=r[1]??"",t=r[2]??"",o=(r[3]??"").trim();return i.replace(/\t/g,"    ").length>n||t.startsWith("`")&&o.includes("`")?null:{char:t.startsWith("`")?"`":"~",length:t.length,indent:i,info:o}}function le(e,n,r=3){let i=/^([ \t]*)(`{3,}|~{3,})[ \t]*$/.exec(e);if(!i)return!1;let t=(i[1]??"").replace(/\t/g,"    ").length,o=i[2]??"";return t<=r&&o.startsWith(n.char)&&o.length>=n.length}function mn(e,n=3){let r=null;for(let i of e.split(`
`))r?le(i,r,n)&&(r=null):r=ce(i,n);return r}function ve(e){return e.indent+e.char.repeat(e.length)}function gn(e,n){let r=0,i=0;for(let t of e)i=t===n?i+1:0,i>r&&(r=i);return r}var vi=/@([A-Za-z0-9][A-Za-z0-9-]*)(?:\/([A-Za-z0-9][A-Za-z0-9_-]*))?/g,bi=/https?:\/\/[^\s<>]+/gi,Ai=/[A-Za-z0-9_]/;function qe(e){return new Set((e??[]).map(n=>n.trim().replace(/^@/,"").toLowerCase()).filter(n=>n!==""))}function je(e,n){let r=[...e.matchAll(bi)].map(t=>({start:t.index,end:t.index+t[0].length})),i=e.replace(vi,(t,o,s,a)=>{let c=a>0?e.charAt(a-1):"";if(Ai.test(c))return t;if(r.some(f=>a>f.start&&a<f.end))return"%40"+t.slice(1);let l=(s===void 0?o:`${o}/${s}`).toLowerCase();return n.has(l)?t:"@\u200B"+t.slice(1)});return i.endsWith("@")&&(i+="\u200B"),i}var ki={kind:"text",atLineStart:!0,continuation:"",singleLine:!1,linkText:!1};function Be(e,n,r){let i=Ei(e);switch(n.kind){case"text":return yn(i,n,r);case"table":return Si(i,r);case"code":return i.split(`
`).map(t=>K(t,r)).join(`
`+n.continuation);case"codespan":{let t=K(i.replace(/[ \t]*\n[ \t]*/g," ").replace(/`/g,"\u02CB"),r);return n.inTable?t.replace(/\|/g,"\\|"):t}case"mermaid":return Fi(i);case"url":return _i(i);case"handle":return Ti.test(i)?i:"\u200B"+yn(i,{...ki,singleLine:!0},r)}}var Ti=/^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/;function Ei(e){return e.replace(/\r\n?/g,`
`).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g,"")}function yn(e,n,r){if(n.singleLine||n.linkText){let l=Pe(e.replace(/[ \t]*\n\s*/g," "),r);return n.linkText?l.replace(/[\\[\]]/g,f=>"\\"+f):l}let i=[],t=[],o=null,s=!1,a=()=>{t.length>0&&i.push(Pe(t.join(`
`),r)),t=[]};e.split(`
`).forEach((l,f)=>{if(o){i.push(K(l,r)),le(l,o)&&(o=null);return}let u=f>0||n.atLineStart?ce(l):null;if(u){a(),o=u,s=!0,i.push(K(l,r));return}t.push(l)}),a(),o&&i.push(ve(o));let c=i.join(`
`).split(`
`).join(`
`+n.continuation);return s?c+`
`+n.continuation:c}function Si(e,n){return Pe(e.replace(/[ \t]*\n/g,`
`),n,{prose:"<br>",code:" "}).replace(/\|/g,"\\|")}function Pe(e,n,r){let i=u=>r?xn(u,n).replace(/\n/g,r.prose):xn(u,n),t=u=>r?K(u,n).replace(/\n/g,r.code):K(u,n),o=[...e.matchAll(/`+/g)],s=new Array(o.length).fill(-1),a=new Map;for(let u=o.length-1;u>=0;u--){let p=o[u]?.[0].length??0;s[u]=a.get(p)??-1,a.set(p,u)}let c="",l=0,f=0;for(;f<o.length;){let u=s[f]??-1,p=o[f],d=u>=0?o[u]:void 0;if(!p||!d){f++;continue}let g=d.index+d[0].length;c+=i(e.slice(l,p.index))+t(e.slice(p.index,g)),l=g,f=u+1}return c+i(e.slice(l))}function xn(e,n){return je(e,n).replace(/&(?=#?[A-Za-z0-9]+;)/g,"&amp;").replace(/</g,"&lt;")}function K(e,n){return je(e,n).replace(/<(?=[A-Za-z!/?]|$)/g,"<\u200B")}var Ci={":":"\uA789",";":",","#":"\uFF03","%":"\uFF05","<":"\u2039",">":"\u203A","`":"'",'"':"'","{":"(","}":")","[":"(","]":")","\\":"/","@":"@\u200B"};function Fi(e){let n=e.replace(/\s+/g," ").trim().replace(/-{2,}/g,"-");return([...n].length>120?[...n].slice(0,119).join("")+"\u2026":n).replace(/[:;#%<>`"{}[\]\\@]/g,i=>Ci[i]??" ")}function _i(e){let n=e.trim();if(n==="")return"";let r=/^([A-Za-z][A-Za-z0-9+.-]*):/.exec(n)?.[1]?.toLowerCase();return r!==void 0&&!["http","https","mailto"].includes(r)||n.length>2048?"#":n.replace(/[\s<>()"'`\\|{}^[\]@]/g,i=>{let t=i.charCodeAt(0);return t<128?"%"+t.toString(16).toUpperCase().padStart(2,"0"):encodeURIComponent(i)})}var Oi=/^[a-z][a-z0-9-]{0,39}$/,Ii=/<!-- firebreak:([a-z][a-z0-9-]{0,39}) (\{[^<>]*\}|\[[^<>]*\]) -->/g;function wn(e,n={}){if(!Oi.test(e))throw new Error(`Invalid marker kind "${e}": use lower-case letters, digits and "-", starting with a letter.`);if(n===null||typeof n!="object")throw new Error(`Marker data for "${e}" must be an object or an array.`);let r=JSON.stringify(n).replace(/</g,"\\u003c").replace(/>/g,"\\u003e").replace(/&/g,"\\u0026");return`<!-- firebreak:${e} ${r} -->`}function vn(e){let n=[];for(let r of e.matchAll(Ii))try{n.push({kind:r[1]??"",data:JSON.parse(r[2]??""),index:r.index,raw:r[0]})}catch{}return n}function bn(e){let n=[];for(let r of e.matchAll(/<!-- firebreak:[^\n]*? -->/g))n.push({start:r.index,end:r.index+r[0].length});return n}var Ue=65536;function $e(e){return String(e).replace(/\B(?=(\d{3})+(?!\d))/g,",")}function We(e){return`\u2026 truncated ${$e(e)} characters; see the issue for the full text`}function An(e,n=Ue){if(e.length<=n)return e;let r=bn(e),i=r.map(c=>e.slice(c.start,c.end)),t="",o=0;for(let c of r)t+=e.slice(o,c.start),o=c.end;t+=e.slice(o);let s=i.length>0?i.join(`
`)+`
`:"",a=n-s.length;for(let c=0;c<8&&a>0;c++){let l=Li(t,Math.max(0,a-120)),f=t.slice(0,l),u=mn(f),p=u?`
`+ve(u):"",d=`${s}${f.replace(/\s+$/,"")}${p}

*${We(t.length-l)}*
`;if(d.length<=n)return d;a-=d.length-n}throw new Error(`A comment's markers alone need ${s.length} characters; the limit is ${n}.`)}function Li(e,n){let r=Math.min(n,e.length),i=e.lastIndexOf(`
`,r);i>0&&r-i<500&&(r=i);let t=e.charCodeAt(r-1);return t>=55296&&t<=56319&&(r-=1),r}var z=/\uE000([0-9a-z]+)\uE001/g;function Tn(e){return`\uE000${e.toString(36)}\uE001`}var kn=40;function En(e){let n=[],r=null,i=0;for(let t of e.split(`
`)){let o=i;i+=t.length+1;let s=t.replace(z,"x");if(r){if(le(s,r.fence,kn)){r.closeAt=o+t.indexOf(r.fence.char),r=null;continue}let c=r,f=c.fence.info.split(/\s+/)[0]?.toLowerCase()==="mermaid"?{kind:"mermaid"}:{kind:"code",continuation:c.fence.indent};for(let u of t.matchAll(z))n.push(Ye(u,o,f,c));continue}let a=ce(s,kn);if(a){r={fence:a,openAt:o+a.indent.length,closeAt:null};for(let c of t.matchAll(z))n.push(Ye(c,o,{kind:"codespan",inTable:!1}));continue}for(let c of t.matchAll(z))n.push(Ye(c,o,Ri(t,c.index,c[0].length)))}return n}function Ye(e,n,r,i){let t=n+(e.index??0),o={start:t,end:t+e[0].length,value:parseInt(e[1]??"0",36),placement:r};return i&&(o.block=i),o}function Ri(e,n,r){let i=e.slice(0,n).replace(z,"x"),t=e.slice(n+r).replace(z,"x"),o=/^\s*\|/.test(e);return Ni(i)?{kind:"codespan",inTable:o}:i.endsWith("](")?{kind:"url"}:i.endsWith("@")?{kind:"handle"}:o?{kind:"table"}:{kind:"text",atLineStart:Mi.test(i),continuation:Di(i),singleLine:/^ {0,3}#{1,6}(\s|$)/.test(e),linkText:/\[[^\]]*$/.test(i)&&/^[^[]*\]\(/.test(t)}}var Mi=/^(?:[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+))*[ \t]*$/;function Ni(e){let n=0;for(let r of e.matchAll(/`+/g))n===0?n=r[0].length:r[0].length===n&&(n=0);return n!==0}function Di(e){let n="",r=e;for(;;){let i=/^([ \t]*)(>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+)/.exec(r);if(!i)break;let t=i[2]??"";n+=(i[1]??"")+(t.startsWith(">")?t:" ".repeat(t.length)),r=r.slice(i[0].length)}return n===""?/^[ \t]*/.exec(e)?.[0]??"":n}function On(e,n,r={}){try{return Sn(e,n,r)}catch(i){if(!e.fallback)throw i;let t=i instanceof Error?i.message:String(i);return r.onWarning?.(`${e.source} failed to render (${t}); the default ${e.name} template was used.`),Sn(e.fallback,n,r)}}function Sn(e,n,r){let i=r.limit??Ue,t=qi(r.marker),o=[],s=be(n,o,0),a=e.body.replace(/[\uE000\uE001]/g,""),c=new ae.Writer().render(a,s,{},{escape:g=>String(g)}),l=En(c),f=qe(r.allowMentions),u=l.map(g=>o[g.value]??""),p=l.map((g,x)=>Fn(c,g,Be(u[x]??"",g.placement,f))),d=Cn(t,_n(c,l,p));for(let g=0;g<4&&d.length>i;g++){let x=p.reduce((w,k)=>w+k.length,0)-(d.length-i)-64*(g+1),m=ji(p.map(w=>w.length),Math.max(0,x));l.forEach((w,k)=>{(p[k]??"").length>m&&(p[k]=Fn(c,w,Bi(u[k]??"",w.placement,f,m)))}),d=Cn(t,_n(c,l,p))}return An(d,i)}function qi(e){if(e===void 0)return"";if(typeof e!="string")return wn(e.kind,e.data)+`
`;let n=vn(e);if(n.length!==1||n[0]?.raw!==e.trim())throw new Error("options.marker must be exactly one marker written by marker(kind, data)");return e.trim()+`
`}function Cn(e,n){return e+n.replace(/\s+$/,"")+`
`}function be(e,n,r){if(!(r>32)){if(typeof e=="string"||typeof e=="bigint"){let i=String(e);return i===""?"":(n.push(i),Tn(n.length-1))}if(typeof e=="number")return Number.isFinite(e)?e:void 0;if(typeof e=="boolean"||e===null||e===void 0)return e;if(Array.isArray(e))return e.map(i=>be(i,n,r+1));if(typeof e=="object"){if(Object.getPrototypeOf(e)!==Object.prototype&&Object.getPrototypeOf(e)!==null)return be(String(e),n,r+1);let i=Object.create(null);for(let[t,o]of Object.entries(e))i[t]=be(o,n,r+1);return i}}}function Fn(e,n,r){return/<(?:!-?)?$/.test(e.slice(Math.max(0,n.start-3),n.start))?"\u200B"+r:r}function _n(e,n,r){let i=n.map((a,c)=>({at:a.start,remove:a.end-a.start,insert:r[c]??""})),t=new Map;n.forEach((a,c)=>{if(!a.block)return;let l=gn(r[c]??"",a.block.fence.char)+1;t.set(a.block,Math.max(t.get(a.block)??0,l))});for(let[a,c]of t){let l=c-a.fence.length;if(l<=0)continue;let f=a.fence.char.repeat(l);i.push({at:a.openAt,remove:0,insert:f}),a.closeAt!==null&&i.push({at:a.closeAt,remove:0,insert:f})}i.sort((a,c)=>a.at-c.at);let o="",s=0;for(let a of i)o+=e.slice(s,a.at)+a.insert,s=a.at+a.remove;return o+e.slice(s)}function ji(e,n){let r=[...e].sort((t,o)=>t-o),i=n;for(let t=0;t<r.length;t++){let o=Math.floor(i/(r.length-t)),s=r[t]??0;if(s>o)return o;i-=s}return Number.POSITIVE_INFINITY}function Pi(e,n){let r=We(n);switch(e.kind){case"text":return e.singleLine||e.linkText?` \u2026 (truncated ${$e(n)} characters)`:`

${e.continuation}*${r}*`;case"code":return`
${e.continuation}${r}`;case"table":case"codespan":return` (${r})`;case"mermaid":case"url":case"handle":return""}}function Bi(e,n,r,i){let t=c=>{let l=c,f=e.charCodeAt(l-1);return f>=55296&&f<=56319&&(l-=1),Be(e.slice(0,l).replace(/\s+$/,""),n,r)+Pi(n,e.length-l)};if(t(0).length>i)return n.kind==="url"?"#":"\u2026";let o=0,s=e.length;for(;o<s;){let c=Math.ceil((o+s)/2);t(c).length<=i?o=c:s=c-1}let a=Math.max(e.lastIndexOf(`
`,o),e.lastIndexOf(" ",o));return t(a>0&&o-a<200?a:o)}var In={"command-reply":`---
name: command-reply
description: The one reply to a comment with slash commands \u2014 what was done, refused (and the permission needed) or not understood (usage, did you mean).
when: After the commands of a comment run, and on \`/help\`.
variables: [incident, author, results, help]
---
{{#results}}
- \`{{command}}\` \u2014 {{#done}}**done:** {{/done}}{{#refused}}**refused:** {{/refused}}{{#invalid}}**not understood:** {{/invalid}}{{#failed}}**failed:** {{/failed}}{{message}}{{#usage}} Usage: \`{{usage}}\`.{{/usage}}{{#suggestion}} Did you mean \`{{suggestion}}\`?{{/suggestion}}
{{/results}}
{{#help.length}}

| Command | What it does | Needs |
|---|---|---|
{{#help}}
| \`{{usage}}\` | {{description}} | {{permission}} |
{{/help}}
{{/help.length}}

<sub>In reply to {{author}} on incident #{{incident.number}}.</sub>
`,"customer-communication":`---
name: customer-communication
description: The playbook's Customer Communication, drafted for review before anything goes out.
when: On \`/customer <text>\`.
variables: [incident, description, impact, status, updates, requestedBy]
---
### Customer communication draft \u2014 incident #{{incident.number}}

Requested by {{requestedBy}}. **Not sent:** review it, then publish it where customers read updates.

\`\`\`text
We are currently experiencing {{description}}.
Impact: {{impact}}
Status: {{status}}
Updates: {{updates}}
\`\`\`
`,escalation:`---
name: escalation
description: Escalation steps that became due \u2014 one comment may list several, each with its targets, when it was due and how late it fired.
when: When the sweep (or any event on the incident) finds escalation steps due, and on \`/escalate [reason]\`.
variables: [incident, steps, several, manual, by, reason, commander]
---
### Escalation{{#several}}: {{steps.length}} steps{{/several}} \u2014 incident #{{incident.number}} [{{incident.severity}}] {{incident.title}}

{{#manual}}
{{by}} escalated to the next step{{#reason}}: {{reason}}{{/reason}}
{{/manual}}
{{^manual}}
Not acknowledged{{#commander}} by {{commander}}{{/commander}} yet, so the escalation policy pages the next {{#several}}steps{{/several}}{{^several}}step{{/several}}.
{{/manual}}

| Step | Paging | Call | Due | Late |
|---|---|---|---|---|
{{#steps}}
| {{name}} |{{#mentions}} @{{.}}{{/mentions}}{{#channels}} {{.}}{{/channels}} |{{#contacts}} {{name}}: {{phone}}{{/contacts}} | {{due}} | {{#late}}**{{lateBy}} late**{{/late}}{{^late}}on time{{/late}} |
{{/steps}}

Acknowledge with \`/ack\` to stop further escalation.
`,"intake-problems":`---
name: intake-problems
description: The one comment listing exactly what a filed incident report is missing or could not be read.
when: Once, when an incident's body matches no form, misses required answers or has an unreadable severity; it is still tracked.
variables: [incident, reporter, noForm, missing, invalid, severityDefaulted, defaultSeverity]
---
### Incident #{{incident.number}} is missing information

Thanks, {{reporter}}. The incident is tracked{{#severityDefaulted}} at the default severity **{{defaultSeverity}}**{{/severityDefaulted}}, but some answers could not be read. Edit the issue description to add them:

{{#noForm}}
- The description does not follow the incident form. File incidents with **New issue \u2192 Incident**, or copy the form's headings into the description.
{{/noForm}}
{{#missing}}
- **{{.}}** is required but has no answer.
{{/missing}}
{{#invalid}}
- **{{field}}:** {{problem}}{{#value}} You entered: {{value}}{{/value}}
{{/invalid}}
{{#severityDefaulted}}
- The severity could not be read, so **{{defaultSeverity}}** applies until someone sets it with \`/severity <P0-P4>\` or a severity label.
{{/severityDefaulted}}
`,"internal-alert":`---
name: internal-alert
description: The playbook's Internal Alert (INCIDENT / IMPACT / STATUS / ETA) with the commander, the acknowledge-by deadline and the phase targets.
when: Once per incident, when it is triaged \u2014 filed from the incident form, or an issue labelled with a severity by hand.
variables: [incident, description, impact, eta, reporter, startedAt, services, commander, acknowledgeBy, responseTarget, phases, classification, runbooks, notify]
---
## Incident #{{incident.number}}: {{incident.title}}

\`\`\`text
INCIDENT: [{{incident.severity}}] - {{description}}
IMPACT: {{impact}}{{^impact}}Being assessed{{/impact}}
STATUS: {{incident.statusLabel}}
ETA: {{eta}}{{^eta}}Unknown{{/eta}}
\`\`\`

{{#commander}}
**Incident commander:** @{{commander}}{{#acknowledgeBy}} \u2014 acknowledge by **{{acknowledgeBy}}** ({{responseTarget}} response target) with \`/ack\`{{/acknowledgeBy}}.
{{/commander}}
{{^commander}}
**Incident commander:** nobody is on call for this incident \u2014 take it with \`/ic\` followed by your login{{#acknowledgeBy}}, and acknowledge by **{{acknowledgeBy}}** ({{responseTarget}} response target){{/acknowledgeBy}}.
{{/commander}}

- **Severity:** {{incident.severity}} ({{incident.severityName}}) \u2014 {{classification}}
- **Reported by:** {{reporter}}, started {{startedAt}}
{{#services.length}}
- **Services:**{{#services}} \`{{.}}\`{{/services}}
{{/services.length}}
{{#incident.security}}
- **Security incident:** restricted handling applies; keep sensitive details out of this issue.
{{/incident.security}}

| Phase | Window | Target |
|---|---|---|
{{#phases}}
| {{name}} | {{window}} | {{due}} |
{{/phases}}

{{#runbooks.length}}
**Runbooks:**{{#runbooks}} [{{title}}]({{url}}){{/runbooks}}

{{/runbooks.length}}
{{#notify.length}}
cc{{#notify}} @{{.}}{{/notify}}

{{/notify.length}}
Drive the incident from this issue: \`/ack\`, \`/status <state> [note]\`, \`/update <text>\`, \`/severity <P0-P4>\`, \`/resolve\`, \`/help\`.
`,"postmortem-communication":`---
name: postmortem-communication
description: Points the incident to its postmortem pull request.
when: When the postmortem pull request is opened, or updated after the incident was reopened and resolved again.
variables: [incident, pullNumber, pullUrl, path, reviewers, updated]
---
### Postmortem {{#updated}}updated{{/updated}}{{^updated}}ready for review{{/updated}} \u2014 incident #{{incident.number}}

The postmortem is in pull request [#{{pullNumber}}]({{pullUrl}}) (\`{{path}}\`), with the facts and the timeline already written.{{#updated}} It was regenerated after the incident was resolved again.{{/updated}}

{{#reviewers.length}}
Review requested from{{#reviewers}} @{{.}}{{/reviewers}}.

{{/reviewers.length}}
Fill in the root causes, what went well and wrong, and the action items, each with an owner (\`- [ ] \u2026 (@owner)\`). Merging the pull request files every open action item as an issue.
`,postmortem:`---
name: postmortem
description: The body of the postmortem document opened as a pull request (its front matter is written separately).
when: When an incident of a severity that needs a postmortem is resolved; regenerated when it is resolved again.
variables: [incident, summary, impact, services, commander, roles, startedAt, detectedAt, acknowledgedAt, mitigatedAt, resolvedAt, timeToAcknowledge, timeToMitigate, timeToResolve, timeline, diagram, rootCauses, contributingFactors, wentWell, wentWrong, lucky, actionItems]
---
# Postmortem: {{incident.title}}

Incident [#{{incident.number}}]({{incident.url}}) \xB7 {{incident.severity}} ({{incident.severityName}}){{#incident.security}} \xB7 security incident{{/incident.security}} \xB7 commander {{commander}}{{^commander}}unassigned{{/commander}}{{#roles}} \xB7 {{role}} {{login}}{{/roles}}

## Summary

{{#summary}}
{{summary}}
{{/summary}}
{{^summary}}
_TODO: in two or three sentences, what happened, who was affected and how it was resolved._
{{/summary}}

## Impact

{{#impact}}
{{impact}}
{{/impact}}
{{^impact}}
_TODO: who and what was affected, for how long, and how much (users, requests, revenue, data)._
{{/impact}}

{{#services.length}}
Services:{{#services}} \`{{.}}\`{{/services}}

{{/services.length}}
| Started | Detected | Acknowledged | Mitigated | Resolved |
|---|---|---|---|---|
| {{startedAt}} | {{detectedAt}}{{^detectedAt}}\u2014{{/detectedAt}} | {{acknowledgedAt}}{{^acknowledgedAt}}\u2014{{/acknowledgedAt}} | {{mitigatedAt}}{{^mitigatedAt}}\u2014{{/mitigatedAt}} | {{resolvedAt}} |

Time to acknowledge: {{timeToAcknowledge}}{{^timeToAcknowledge}}\u2014{{/timeToAcknowledge}} \xB7 time to mitigate: {{timeToMitigate}}{{^timeToMitigate}}\u2014{{/timeToMitigate}} \xB7 time to resolve: {{timeToResolve}}

## Timeline

All times are UTC.

| Time | Who | What |
|---|---|---|
{{#timeline}}
| {{at}} | {{actor}} | {{text}} |
{{/timeline}}
{{#diagram.length}}

\`\`\`mermaid
timeline
    title Incident {{incident.number}} (UTC)
{{#diagram}}
    {{at}} : {{label}}
{{/diagram}}
\`\`\`
{{/diagram.length}}

## Root causes

{{#rootCauses}}
- {{.}}
{{/rootCauses}}
{{^rootCauses}}
_TODO: the conditions that made this incident possible \u2014 in the system, not in a person._
{{/rootCauses}}

## Contributing factors

{{#contributingFactors}}
- {{.}}
{{/contributingFactors}}
{{^contributingFactors}}
_TODO: what made it worse, longer or harder to detect._
{{/contributingFactors}}

## What went well

{{#wentWell}}
- {{.}}
{{/wentWell}}
{{^wentWell}}
_TODO: what helped \u2014 alerts, runbooks, people, tools._
{{/wentWell}}

## What went wrong

{{#wentWrong}}
- {{.}}
{{/wentWrong}}
{{^wentWrong}}
_TODO: what got in the way of detecting, responding or recovering._
{{/wentWrong}}

## Where we got lucky

{{#lucky}}
- {{.}}
{{/lucky}}
{{^lucky}}
_TODO: what limited the damage by chance rather than by design._
{{/lucky}}

## Action items

{{#actionItems}}
- [{{#done}}x{{/done}}{{^done}} {{/done}}] {{text}} {{#owner}}(@{{owner}}){{/owner}}{{^owner}}(owner: TODO){{/owner}}
{{/actionItems}}
{{^actionItems}}
_TODO: one line per action item, each with an owner: \`- [ ] Add an alert on checkout error rate (@owner)\`._
{{/actionItems}}

## Blameless review

- Describe what people knew and did at the time, and why it made sense to them then.
- Look for the conditions in the system that allowed the failure, not for a person to hold responsible.
- Keep hindsight out: say what information was missing or misleading, and how to make the right action easy.
- Every action item changes the system (code, configuration, alerts, runbooks, training) and has one owner.
`,resolution:`---
name: resolution
description: The incident is resolved \u2014 who, when, the summary and the response times.
when: On \`/resolve [summary]\` or \`/status resolved\`, and when the issue is closed.
variables: [incident, by, at, summary, startedAt, timeToAcknowledge, timeToMitigate, timeToResolve, postmortem]
---
### Resolved \u2014 incident #{{incident.number}}: {{incident.title}}

Resolved by {{by}} at {{at}}.
{{#summary}}

> {{summary}}
{{/summary}}

| Started | Time to acknowledge | Time to mitigate | Time to resolve |
|---|---|---|---|
| {{startedAt}} | {{timeToAcknowledge}}{{^timeToAcknowledge}}\u2014{{/timeToAcknowledge}} | {{timeToMitigate}}{{^timeToMitigate}}\u2014{{/timeToMitigate}} | {{timeToResolve}} |

{{#postmortem}}
A postmortem pull request with the timeline already written follows; review it like code.
{{/postmortem}}
{{^postmortem}}
No postmortem is required for {{incident.severity}} incidents.
{{/postmortem}}
If it comes back, \`/reopen\` reopens the incident.
`,"response-breach":`---
name: response-breach
description: The incident was not acknowledged within its severity's response target.
when: Once per incident, when the response target passes without an acknowledgement.
variables: [incident, target, due, lateBy, commander, notify, label]
---
### Response target missed \u2014 incident #{{incident.number}} [{{incident.severity}}]

This {{incident.severity}} incident was not acknowledged within its **{{target}}** response target: it was due at {{due}} and is now {{lateBy}} late.

{{#commander}}
@{{commander}}, please acknowledge with \`/ack\` or hand over with \`/ic\`.{{#notify.length}} cc{{#notify}} @{{.}}{{/notify}}{{/notify.length}}
{{/commander}}
{{^commander}}
Nobody commands this incident: take it with \`/ic\` followed by your login.{{#notify.length}} cc{{#notify}} @{{.}}{{/notify}}{{/notify.length}}
{{/commander}}

The incident is labelled \`{{label}}\` and the breach is recorded in the summary.
`,runbook:`---
name: runbook
description: A runbook's steps as a checklist responders tick off in the comment.
when: On triage when the incident's service or category matches a runbook, and on \`/runbook <name>\`.
variables: [incident, runbookId, title, steps, reason, workflow]
---
### Runbook: {{title}}

_Incident #{{incident.number}} \u2014 {{reason}}._

{{#steps}}
- [ ] {{.}}
{{/steps}}
{{#workflow}}

Automated remediation: \`/runbook run {{runbookId}}\` dispatches the \`{{workflow}}\` workflow for this incident.
{{/workflow}}

Tick each step as it is done; the checklist stays with the incident record.
`,"severity-change":`---
name: severity-change
description: The incident's severity went up or down, by label, by command, or back to the previous one.
when: When a severity label is applied or removed by hand, or on \`/severity <P0-P4> [reason]\`.
variables: [incident, from, fromName, to, toName, upgrade, by, via, reason, at, restored, responseTarget, acknowledgeBy, escalation]
---
### Severity {{#upgrade}}raised{{/upgrade}}{{^upgrade}}lowered{{/upgrade}}: {{from}} \u2192 {{to}} \u2014 incident #{{incident.number}}

{{#restored}}
The last severity label was removed at {{at}}, so the previous severity **{{to}} ({{toName}})** applies again.
{{/restored}}
{{^restored}}
{{by}} changed the severity from **{{from}} ({{fromName}})** to **{{to}} ({{toName}})** with {{via}} at {{at}}.
{{/restored}}
{{#reason}}

> {{reason}}
{{/reason}}

- **Response target:** {{responseTarget}}{{#acknowledgeBy}} \u2014 acknowledge by {{acknowledgeBy}}{{/acknowledgeBy}}
{{#escalation}}
- {{.}}
{{/escalation}}
`,"status-update":`---
name: status-update
description: A status change or a status update from the responders.
when: On \`/status <state> [note]\` and \`/update <text>\`.
variables: [incident, author, at, statusChanged, previousStatusLabel, note, impact, eta, nextUpdateDue]
---
### Status update: {{incident.statusLabel}} \u2014 incident #{{incident.number}} [{{incident.severity}}]

{{#statusChanged}}
**{{previousStatusLabel}} \u2192 {{incident.statusLabel}}**, by {{author}} at {{at}}.
{{/statusChanged}}
{{^statusChanged}}
Update from {{author}} at {{at}}.
{{/statusChanged}}
{{#note}}

> {{note}}
{{/note}}

- **Impact:** {{impact}}{{^impact}}being assessed{{/impact}}
- **ETA:** {{eta}}{{^eta}}unknown{{/eta}}
{{#nextUpdateDue}}
- **Next update due:** {{nextUpdateDue}}
{{/nextUpdateDue}}
`,summary:`---
name: summary
description: The live incident summary \u2014 severity, status, people, key times, next escalation, response target, latest timeline, runbooks and problems.
when: Created when the incident is triaged and edited in place after every change; exactly one per incident.
variables: [incident, severityReason, commander, roles, services, impact, eta, startedAt, acknowledgedAt, mitigatedAt, resolvedAt, nextEscalation, sla, lastUpdateAt, nextUpdateDue, timeline, olderTimelineEntries, runbooks, postmortemUrl, problems, updatedAt]
---
## Incident #{{incident.number}}: {{incident.title}}

**{{incident.severity}} {{incident.severityName}}** \xB7 **{{incident.statusLabel}}**{{#incident.security}} \xB7 security incident{{/incident.security}}

- **Severity:** {{incident.severity}} ({{incident.severityName}}) \u2014 {{severityReason}}
- **Commander:** {{commander}}{{^commander}}nobody yet \u2014 \`/ic\` followed by a login assigns one{{/commander}}
{{#roles}}
- **{{role}}:** {{login}}
{{/roles}}
{{#services.length}}
- **Services:**{{#services}} \`{{.}}\`{{/services}}
{{/services.length}}
- **Impact:** {{impact}}{{^impact}}being assessed{{/impact}}
- **ETA:** {{eta}}{{^eta}}unknown{{/eta}}

| Started | Acknowledged | Mitigated | Resolved |
|---|---|---|---|
| {{startedAt}} | {{acknowledgedAt}}{{^acknowledgedAt}}\u2014{{/acknowledgedAt}} | {{mitigatedAt}}{{^mitigatedAt}}\u2014{{/mitigatedAt}} | {{resolvedAt}}{{^resolvedAt}}\u2014{{/resolvedAt}} |

- **Response target:** {{#sla.breached}}**breached** \u2014 {{/sla.breached}}{{sla.text}}
- **Next escalation:** {{#nextEscalation}}{{name}} ({{targets}}), due {{due}}{{/nextEscalation}}{{^nextEscalation}}none pending{{/nextEscalation}}
- **Status updates:** {{#lastUpdateAt}}last {{lastUpdateAt}}{{/lastUpdateAt}}{{^lastUpdateAt}}none yet{{/lastUpdateAt}}{{#nextUpdateDue}}; next due {{nextUpdateDue}}{{/nextUpdateDue}}
{{#postmortemUrl}}
- **Postmortem:** [pull request]({{postmortemUrl}})
{{/postmortemUrl}}

### Timeline

| Time | Who | What |
|---|---|---|
{{#timeline}}
| {{at}} | {{actor}} | {{text}} |
{{/timeline}}
{{#olderTimelineEntries}}

_{{olderTimelineEntries}} earlier entries are not shown; the postmortem has the full timeline._
{{/olderTimelineEntries}}
{{#runbooks.length}}

### Runbooks

{{#runbooks}}
- [{{title}}]({{url}})
{{/runbooks}}
{{/runbooks.length}}
{{#problems.length}}

### Problems

{{#problems}}
- **Warning:** {{.}}
{{/problems}}
{{/problems.length}}

<sub>Updated {{updatedAt}}. Firebreak edits this comment in place; \`/help\` lists the commands.</sub>
`,"update-reminder":`---
name: update-reminder
description: Reminds the commander that the last status update is older than the severity's update cadence.
when: When the last status update (or the start, if none) is older than the severity's cadence; at most once per missed interval.
variables: [incident, commander, cadence, lastUpdateAt, due, overdueBy]
---
### Status update due \u2014 incident #{{incident.number}} [{{incident.severity}}]

{{#commander}}@{{commander}}: {{/commander}}{{incident.severity}} incidents get a status update every **{{cadence}}**. {{#lastUpdateAt}}The last one was at {{lastUpdateAt}}{{/lastUpdateAt}}{{^lastUpdateAt}}There has been no update yet{{/lastUpdateAt}}; the next was due at {{due}}, {{overdueBy}} ago.

Post one with \`/update <what changed and what is next>\` or \`/status <state> [note]\`.
`};var Xt=pn(Qt(),1);var ei=pn(ti(),1),T=class extends Error{constructor(r,i,t){super(`${i}${t===void 0?"":`:${t}`}: ${r}`);this.source=i;this.line=t;this.name="TemplateError"}source;line},Qa=/^[a-z][a-z0-9-]{0,63}$/,Xa=/^[A-Za-z_][A-Za-z0-9_]*$/,ec=new Set(["name","description","when","variables"]);function Re(e){return()=>{throw new Error(`"${e}" front matter is not allowed; use YAML`)}}function ln(e,n){let r=e.replace(/^\uFEFF/,"").replace(/\r\n?/g,`
`),i=r.split(`
`),t=i[0]??"";if(!/^---/.test(t))throw new T('missing front matter: start the file with a line "---", then name and description',n,1);let o=t.slice(3).trim().toLowerCase();if(o!==""&&o!=="yaml"&&o!=="yml")throw new T(`front matter in "${o}" is not allowed; templates use YAML ("---")`,n,1);let s=i.findIndex((u,p)=>p>0&&/^---[ \t]*$/.test(u));if(s<0)throw new T('front matter is not closed: add a line "---" after it',n,1);let a,c;try{let u=(0,Xt.default)(r,{language:"yaml",engines:{yaml:p=>ei.default.parse(p)??{},javascript:Re("javascript"),js:Re("js"),json:Re("json"),coffee:Re("coffee")}});a=u.data,c=u.content}catch(u){let p=u.linePos?.[0]?.line;throw new T(`front matter is not valid YAML: ${cn(u)}`,n,p===void 0?void 0:p+1)}let l=[],f=nc(a,n,l);return rc(c,n,s+2),{...f,body:c,source:n,warnings:l}}function nc(e,n,r){if(e===null||typeof e!="object"||Array.isArray(e))throw new T("front matter must be a mapping (name: \u2026, description: \u2026)",n,2);let i=e,{name:t,description:o,when:s="",variables:a=[]}=i;if(typeof t!="string"||!Qa.test(t))throw new T('front matter "name" must be the template name, e.g. "status-update"',n);if(typeof o!="string"||o.trim()==="")throw new T('front matter "description" must be a non-empty string',n);if(typeof s!="string")throw new T('front matter "when" must be a string',n);if(!Array.isArray(a)||!a.every(c=>typeof c=="string"&&Xa.test(c)))throw new T('front matter "variables" must be a list of view keys, e.g. [incident, note]',n);for(let c of Object.keys(i))ec.has(c)||r.push(`${n}: unknown front matter key "${c}" ignored`);return{name:t,description:o.trim(),when:s.trim(),variables:a}}function rc(e,n,r){let i=a=>r+(e.slice(0,a).match(/\n/g)?.length??0),t=/<!--\s*firebreak:/i.exec(e);if(t)throw new T('templates cannot contain "<!-- firebreak:" markers; Firebreak adds them',n,i(t.index));let o;try{o=ae.parse(e)}catch(a){let c=/at (\d+)/.exec(cn(a))?.[1];throw new T(`mustache syntax: ${cn(a)}`,n,c===void 0?void 0:i(Number(c)))}let s=a=>{for(let c of a){if(c[0]===">")throw new T(`partials ({{> ${c[1]}}}) are not supported`,n,i(c[2]));c[4]&&s(c[4])}};s(o)}function un(e){let n=new Set;for(let r of ae.parse(e)){let[i,t]=r;["name","&","#","^"].includes(i)&&t!=="."&&n.add(t.split(".")[0]??t)}return[...n]}function cn(e){return(e instanceof Error?e.message:String(e)).split(`
`)[0]??""}var tc=".github/firebreak/templates",fn=class extends Error{constructor(r,i){super(`Unknown template "${r}". Known templates: ${i.join(", ")}.`);this.template=r;this.known=i;this.name="UnknownTemplateError"}template;known},ni=class e{constructor(n,r){this.templates=n;this.warnings=r}templates;warnings;static defaults(n=In){let r=new Map;for(let[i,t]of Object.entries(n)){let o=ln(t,`templates/${i}.md`);if(o.name!==i)throw new T(`front matter name "${o.name}" does not match the file name`,o.source);let s=un(o.body).filter(a=>!o.variables.includes(a));if(s.length>0)throw new T(`uses ${s.join(", ")} but "variables" does not list them`,o.source);r.set(i,o)}return new e(r,[...r.values()].flatMap(i=>i.warnings))}withOverrides(n,r=tc){let i=new Map(this.templates),t=[...this.warnings];for(let[o,s]of Object.entries(n)){let a=(o.split("/").pop()??o).replace(/\.md$/i,""),c=`${r}/${a}.md`,l=this.templates.get(a);if(!l){t.push(`${c}: no template is named "${a}", so this file is ignored. Known templates: ${this.names().join(", ")}.`);continue}try{let f=ln(s,c);if(f.name!==a)throw new T(`front matter name "${f.name}" does not match the file name "${a}.md"`,c);let u=un(f.body).filter(p=>!l.variables.includes(p));for(let p of u)t.push(`${c}: {{${p}}} is not part of the ${a} view (it renders empty). Available: ${l.variables.join(", ")}.`);t.push(...f.warnings),i.set(a,{...f,when:f.when||l.when,variables:f.variables.length>0?f.variables:l.variables,fallback:l})}catch(f){let u=f instanceof Error?f.message:String(f);t.push(`${u} \u2014 using the default ${a} template instead.`)}}return new e(i,t)}names(){return[...this.templates.keys()].sort()}has(n){return this.templates.has(n)}get(n){let r=this.templates.get(n);if(!r)throw new fn(n,this.names());return r}render(n,r,i={}){return On(this.get(n),r,i)}};export{wn as a,vn as b,An as c,On as d,tc as e,ni as f};
