// The Board report's stylesheet. System fonts only (nothing to fetch); grids
// that wrap, so nothing is wider than a 1280-pixel window or an A4 page; the
// RAG colours are Okabe-Ito's bluish green, orange and vermillion, each with
// black text (contrast above 4.5) and always with its letter; print: A4
// landscape, and no tile, chart or table row cut across a page.
#include "report/html/board_style.h"

namespace kpi::report::html {

std::string_view board_style() {
  return R"css(
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#111;margin:0;padding:16px 24px;line-height:1.35;font-size:14px}
h1{font-size:1.6rem;margin:0 0 .3rem}
h2{font-size:1.25rem;margin:1.6rem 0 .6rem;border-bottom:2px solid #0072B2;padding-bottom:.2rem}
h3{font-size:1rem;margin:.2rem 0}
h3.family{margin:1rem 0 .4rem;font-family:ui-monospace,Menlo,Consolas,monospace}
code,.id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem;color:#444;overflow-wrap:anywhere}
.note,.month{margin:.2rem 0}
.provenance{font-size:.85rem;color:#333;overflow-wrap:anywhere}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:10px}
.tile{border:1px solid #bbb;border-left:8px solid #999;padding:8px 10px;break-inside:avoid}
.tile.rag-green{border-left-color:#009E73}.tile.rag-amber{border-left-color:#E69F00}.tile.rag-red{border-left-color:#D55E00}
.tile h3{font-size:.9rem;min-height:2.4em}
.tile .id{margin:0}
.tile .value{font-size:1.6rem;font-weight:700;margin:.3rem 0}
.tile dl{display:grid;grid-template-columns:auto 1fr;gap:0 .6rem;margin:0;font-size:.85rem}
.tile dd{margin:0}
.badge{font-size:.8rem;font-weight:400;padding:1px 6px;border-radius:3px;vertical-align:middle;border:1px solid #666}
.rag-green .badge,.badge.rag-green,td.rag-green{background:#009E73;color:#000}
.rag-amber .badge,.badge.rag-amber,td.rag-amber{background:#E69F00;color:#000}
.rag-red .badge,.badge.rag-red,td.rag-red{background:#D55E00;color:#000}
.badge.rag-none{background:#fff}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:12px}
figure.chart{margin:0;border:1px solid #ddd;padding:6px;break-inside:avoid;page-break-inside:avoid;min-width:0}
figure.wide{max-width:640px}
.charts+.charts{margin-top:1rem;border-top:1px solid #ccc;padding-top:.8rem}
.pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:0 24px}
figcaption{font-size:.85rem;margin-bottom:2px}
figure svg{display:block;width:100%;height:auto;overflow:visible}
svg text{font-size:9px;fill:#222}
svg .ylabel{text-anchor:end}svg .xlabel,svg .barlabel{text-anchor:middle}
svg .grid{stroke:#ddd;stroke-width:.5}
svg .line{fill:none;stroke-width:1.5}
svg.key{display:inline-block;width:24px;height:8px;vertical-align:middle}
.legend{font-size:.8rem;margin:.2rem 0}
.missing{color:#555;font-style:italic}
details summary{cursor:pointer;font-size:.8rem;color:#0072B2}
table{border-collapse:collapse;font-size:.85rem}
th,td{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}
td[data-value],td[data-denominator],td[data-suppressed]{text-align:right;font-variant-numeric:tabular-nums}
table.quality td{overflow-wrap:anywhere}
table.flow th[scope=col]::after{content:" \2192"}
table.flow th[scope=col]:last-child::after{content:""}
.scroll{overflow-x:auto;max-width:100%}
section{break-inside:auto}
@page{size:A4 landscape;margin:10mm}
@media print{
body{padding:0;font-size:11px}
h2,h3{break-after:avoid;page-break-after:avoid}
.tile,figure,tr,table.flow{break-inside:avoid;page-break-inside:avoid}
.charts{grid-template-columns:repeat(4,1fr)}
details summary{display:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)css";
}

}  // namespace kpi::report::html
