import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
var A="Security incident",O="We are handling a security matter. Details are withheld while we investigate and will be shared when it is safe to do so.",_="This incident has been resolved.",T={P0:"critical",P1:"major",P2:"minor",P3:"minor",P4:"none"},S={P0:"major_outage",P1:"partial_outage",P2:"degraded_performance",P3:"degraded_performance",P4:"operational"},R=["none","minor","major","critical"],k=["operational","degraded_performance","partial_outage","major_outage"],E={none:"All Systems Operational",minor:"Minor Service Outage",major:"Partial System Outage",critical:"Major System Outage"};function x(t){return t==="mitigating"?"identified":t}var $=(t,e,i)=>e.reduce((s,o)=>t.indexOf(o)>t.indexOf(s)?o:s,i),h=t=>`svc-${t.toLowerCase().replace(/[^a-z0-9]+/g,"-")}`;function u(t){return t.filter(e=>e.updates.length>0).sort((e,i)=>i.openedAt.localeCompare(e.openedAt)||i.number-e.number)}function v(t){let e=u(t.incidents).filter(i=>i.resolvedAt===null);return t.services.map((i,s)=>{let o=e.filter(d=>!d.security&&d.services.includes(i.id)),r=o.flatMap(d=>d.updates.map(p=>p.at)).sort();return{id:h(i.id),name:i.name,status:$(k,o.map(d=>S[d.severity]),"operational"),created_at:t.incidents.map(d=>d.openedAt).sort()[0]??t.now,updated_at:r[r.length-1]??t.now,position:s+1,description:i.description??null,showcase:!0,start_date:null,group_id:null,page_id:t.page.id,group:!1,only_show_if_degraded:!1}})}function I(t,e,i){let s=`incident-${e.number}`,o=e.security?[]:i.filter(n=>e.services.some(g=>h(g)===n.id)),r=t.services.filter(n=>e.services.includes(n.id)).map(n=>n.name),d=e.security?A:r.length>0?`Degraded service: ${r.join(", ")}`:"Service disruption",p=e.updates.map(n=>({at:n.at,status:x(n.status),text:n.text,key:n.key}));e.resolvedAt&&!p.some(n=>n.status==="resolved")&&p.push({at:e.resolvedAt,status:"resolved",text:_,key:"resolved"});let m=e.resolvedAt?"resolved":x(e.status),c=o.map(n=>({code:n.id,name:n.name,old_status:"operational",new_status:e.resolvedAt?"operational":S[e.severity]})),l=p.map((n,g)=>({id:`${s}-update-${g+1}`,status:n.status,body:e.security&&n.text!==_?O:n.text,incident_id:s,created_at:n.at,updated_at:n.at,display_at:n.at,affected_components:c,deliver_notifications:!0})).reverse(),j=p.find(n=>n.status==="monitoring")?.at??null;return{id:s,name:d,status:m,created_at:e.openedAt,updated_at:p[p.length-1]?.at??e.openedAt,monitoring_at:j,resolved_at:e.resolvedAt,impact:T[e.severity],shortlink:`${t.page.url.replace(/\/+$/,"")}/#${s}`,started_at:e.openedAt,page_id:t.page.id,incident_updates:l,components:o}}function f(t){let e=v(t),s=u(t.incidents).map(r=>I(t,r,e)).filter(r=>r.status!=="resolved"),o=$(R,s.map(r=>r.impact),"none");return{page:{id:t.page.id,name:t.page.name,url:t.page.url,time_zone:"Etc/UTC",updated_at:t.now},status:{indicator:o,description:E[o]},components:e,incidents:s,scheduled_maintenances:[]}}function w(t){let e=v(t);return{page:f(t).page,incidents:u(t.incidents).slice(0,50).map(i=>I(t,i,e))}}var a=t=>t.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&#39;"),N={operational:"Operational",degraded_performance:"Degraded performance",partial_outage:"Partial outage",major_outage:"Major outage"},y={operational:"#1a7f37",degraded_performance:"#9a6700",partial_outage:"#bc4c00",major_outage:"#cf222e",none:"#1a7f37",minor:"#9a6700",major:"#bc4c00",critical:"#cf222e"},C=t=>`<time datetime="${a(t)}">${a(t.slice(0,16).replace("T"," "))} UTC</time>`,b=t=>`${t[0]?.toUpperCase()??""}${t.slice(1)}`;function P(t){return`<article class="incident" id="${a(t.id)}"><h3>${a(t.name)} <span class="impact" style="color:${y[t.impact]}">${a(t.impact)}</span></h3>
${t.incident_updates.map(e=>`<div class="update"><b>${a(b(e.status))}</b> \u2014 ${a(e.body)}<br><small>${C(e.display_at)}</small></div>`).join(`
`)}
</article>`}var U=`*{box-sizing:border-box}body{margin:0;font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328}
main{max-width:760px;margin:0 auto;padding:16px}h1{font-size:24px;margin:0 0 12px;overflow-wrap:anywhere}
.banner{color:#fff;border-radius:6px;padding:14px 16px;font-size:18px;font-weight:600;margin:0 0 24px}
ul.components{list-style:none;padding:0;margin:0 0 24px;border:1px solid #d0d7de;border-radius:6px}
ul.components li{display:flex;justify-content:space-between;gap:12px;padding:10px 16px;border-top:1px solid #d0d7de;flex-wrap:wrap}
ul.components li:first-child{border-top:0}.incident{border:1px solid #d0d7de;border-radius:6px;padding:12px 16px;margin:0 0 16px;overflow-wrap:anywhere}
.incident h3{margin:0 0 8px;font-size:17px}.impact{font-size:12px;text-transform:uppercase;margin-left:6px}
.update{margin:0 0 10px}small{color:#59636e}footer{color:#59636e;font-size:13px;margin-top:32px}a{color:#0969da}`;function D(t){let e=f(t),i=w(t),s=i.incidents.filter(c=>c.status==="resolved"),o=t.page.url.replace(/\/+$/,""),r=t.page.title??`${t.page.name} status`,d=`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${a(r)}</title>
<link rel="alternate" type="application/atom+xml" title="${a(r)}" href="feed.atom">
<style>${U}</style></head><body><main>
<h1>${a(r)}</h1>
<div class="banner" style="background:${y[e.status.indicator]}">${a(e.status.description)}</div>
${e.components.length>0?`<ul class="components">${e.components.map(c=>`<li><span>${a(c.name)}</span><span style="color:${y[c.status]}">${N[c.status]}</span></li>`).join("")}</ul>`:""}
<h2>Current incidents</h2>
${e.incidents.map(P).join(`
`)||"<p>No incidents right now.</p>"}
<h2>Past incidents</h2>
${s.map(P).join(`
`)||"<p>No incidents reported.</p>"}
<footer>Updated ${C(t.now)} \xB7 <a href="feed.atom">Atom feed</a> \xB7 <a href="summary.json">summary.json</a> \xB7 <a href="incidents.json">incidents.json</a></footer>
</main></body></html>
`,p=i.incidents.flatMap(c=>c.incident_updates.map(l=>`<entry><id>${a(`${o}/#${l.id}`)}</id><title>${a(`${c.name}: ${b(l.status)}`)}</title><updated>${a(l.updated_at)}</updated><link rel="alternate" href="${a(c.shortlink)}"/><content type="text">${a(l.body)}</content></entry>`)),m=`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${a(`${o}/`)}</id><title>${a(r)}</title><updated>${a(t.now)}</updated>
<link rel="self" href="${a(`${o}/feed.atom`)}"/><link rel="alternate" href="${a(`${o}/`)}"/><author><name>${a(t.page.name)}</name></author>
${p.join(`
`)}
</feed>
`;return{"index.html":d,"feed.atom":m,"summary.json":`${JSON.stringify(e,null,2)}
`,"incidents.json":`${JSON.stringify(i,null,2)}
`}}export{D as a};
