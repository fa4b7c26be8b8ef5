// The stylesheet shared by the pages the simulator writes: close to GitHub's look, one column from
// 390 px up, the sidebar beside the thread from 768 px; nothing may scroll the page sideways.
export const PAGE_CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;color:#1f2328;background:#fff;margin:0}
main{max-width:1012px;margin:0 auto;padding:16px}
a{color:#0969da;text-decoration:none}a:hover{text-decoration:underline}
h1{font-size:24px;font-weight:400;margin:0 0 8px;overflow-wrap:anywhere}h1 .num{color:#59636e}
.state{display:inline-block;font-size:14px;font-weight:500;color:#fff;border-radius:2em;padding:5px 12px;margin-right:8px;background:#1a7f37}
.state.closed{background:#8250df}.state.merged{background:#8250df}
.byline{color:#59636e;margin:0 0 16px}
.layout{display:grid;grid-template-columns:minmax(0,1fr);gap:24px;border-top:1px solid #d0d7de;padding-top:16px}
@media (min-width:768px){.layout{grid-template-columns:minmax(0,1fr) 240px}}
aside section{border-bottom:1px solid #d0d7de;padding:0 0 12px;margin:0 0 12px}aside h2{font-size:12px;color:#59636e;margin:0 0 6px}
.label{display:inline-block;font-size:12px;font-weight:500;line-height:18px;border-radius:2em;padding:0 7px;margin:0 4px 4px 0;border:1px solid rgba(31,35,40,.15);white-space:nowrap}
.comment{border:1px solid #d0d7de;border-radius:6px;margin:0 0 16px;min-width:0}
.comment>header{background:#f6f8fa;border-bottom:1px solid #d0d7de;border-radius:6px 6px 0 0;padding:8px 16px;color:#59636e;overflow-wrap:anywhere}
.comment.bot>header{background:#ddf4ff;border-color:#54aeff66}
.comment>header b{color:#1f2328}.badge{border:1px solid #d0d7de;border-radius:2em;padding:0 6px;font-size:12px;margin-left:4px}
.event{color:#59636e;margin:0 0 16px 16px;padding-left:12px;border-left:2px solid #d0d7de;overflow-wrap:anywhere}
.markdown-body{padding:16px;overflow-wrap:break-word;min-width:0}
.markdown-body>:first-child{margin-top:0}.markdown-body>:last-child{margin-bottom:0}
.markdown-body h1,.markdown-body h2{border-bottom:1px solid #d1d9e0b3;padding-bottom:.3em}
.markdown-body h1{font-size:2em;font-weight:600}.markdown-body h2{font-size:1.5em}.markdown-body h3{font-size:1.25em}
.markdown-body table{display:block;width:max-content;max-width:100%;overflow:auto;border-collapse:collapse;margin:0 0 16px}
.markdown-body th,.markdown-body td{border:1px solid #d0d7de;padding:6px 13px}.markdown-body tr:nth-child(2n){background:#f6f8fa}
.markdown-body code{font:85% ui-monospace,SFMono-Regular,Menlo,monospace;background:#818b981f;border-radius:6px;padding:.2em .4em}
.markdown-body pre{background:#f6f8fa;border-radius:6px;padding:16px;overflow:auto;max-width:100%}
.markdown-body pre code{background:none;padding:0;font-size:85%}
.markdown-body blockquote{margin:0 0 16px;padding:0 1em;color:#59636e;border-left:.25em solid #d0d7de}
.markdown-body li.task-item{list-style:none}.markdown-body input.task{margin:0 .3em .2em -1.4em;vertical-align:middle}
.markdown-body img{max-width:100%}.markdown-body details{margin:0 0 16px}
.figure{border:1px solid #d0d7de;border-radius:6px;padding:12px;margin:0 0 16px}
.figure h2{font-size:16px;margin:0 0 8px}
svg.timeline{display:block;width:100%;height:auto}
.timeline-table{border-collapse:collapse;width:100%;margin-top:8px;font-size:13px}
.timeline-table th,.timeline-table td{border-bottom:1px solid #d0d7de;padding:4px 6px;text-align:left}
td.late{color:#cf222e;font-weight:600}td.ok{color:#1a7f37}
.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:8px;margin:0 0 16px;padding:0}
.facts div{border:1px solid #d0d7de;border-radius:6px;padding:8px}.facts dt{color:#59636e;font-size:12px}.facts dd{margin:0;font-weight:600}
footer{color:#59636e;font-size:12px;margin-top:32px}
.reactions{padding:0 16px 12px}.reaction{display:inline-block;border:1px solid #d1d9e0;border-radius:2em;padding:0 8px;margin-right:4px;font-size:12px;line-height:22px;background:#f6f8fa}
`;
