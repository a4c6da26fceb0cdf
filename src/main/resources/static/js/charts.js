// Draws a bar chart above every table marked data-chart. The table is the single source and stays the text
// alternative: the chart shows nothing the table does not, and is hidden from screen readers.
//   <table data-chart data-chart-label="0,1" ...>   columns joined as each bar's label (default: the first)
//   <th data-series>                                columns drawn as series (cells read as numbers; data-value wins)
//   <th data-series="right">                        a series on a second value axis (another unit, e.g. a mark out of 5)
//   data-chart-horizontal                           bars across, for long labels
(() => {
  if (!window.echarts) return;
  const number = (cell) => {
    const raw = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent;
    const value = parseFloat(String(raw).replace(/[^0-9.,-]/g, "").replace(",", "."));
    return Number.isFinite(value) ? value : null;
  };
  document.querySelectorAll("table[data-chart]").forEach((table) => {
    const heads = Array.from(table.querySelectorAll("thead th"));
    const seriesColumns = heads.map((th, i) => (th.hasAttribute("data-series") ? i : -1)).filter((i) => i >= 0);
    const labelColumns = (table.dataset.chartLabel || "0").split(",").map((s) => parseInt(s, 10));
    const rows = Array.from(table.querySelectorAll("tbody tr"));
    if (!seriesColumns.length || !rows.length) return;
    const labels = rows.map((row) => labelColumns.map((i) => (row.cells[i] ? row.cells[i].innerText.trim() : "")).join(" · "));
    const second = seriesColumns.some((i) => heads[i].dataset.series === "right");
    const series = seriesColumns.map((i) => ({
      name: heads[i].innerText.trim(),
      type: "bar",
      [table.hasAttribute("data-chart-horizontal") || rows.length > 8 ? "xAxisIndex" : "yAxisIndex"]:
        heads[i].dataset.series === "right" ? 1 : 0,
      data: rows.map((row) => (row.cells[i] ? number(row.cells[i]) : null)),
    }));
    const horizontal = table.hasAttribute("data-chart-horizontal") || labels.length > 8;
    const element = document.createElement("div");
    element.className = "chart";
    element.setAttribute("aria-hidden", "true");
    element.dataset.chartFor = table.id;
    const height = horizontal ? Math.max(220, 60 + labels.length * 16 * series.length) : 300;
    element.style.height = height + "px";
    const wrap = table.closest(".table-wrap") || table;
    wrap.parentNode.insertBefore(element, wrap);
    const category = { type: "category", data: labels, axisLabel: { width: 140, overflow: "truncate" } };
    const value = second ? [{ type: "value" }, { type: "value", splitLine: { show: false } }] : { type: "value" };
    const chart = echarts.init(element, null, { renderer: "canvas" });
    chart.setOption({
      animation: false,
      color: ["#0b4f8a", "#1d6b40", "#8a4a00", "#8a3fa0", "#a4161a", "#5c6b7a"],
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? { ...category, inverse: true } : value,
      series,
    });
    window.addEventListener("resize", () => chart.resize());
  });
})();
