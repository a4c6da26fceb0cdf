// Trust funds: the map of host nations (from #hosts-table) and the funding chart (from #funding-table). The
// tables are the single source and stay on the page: without JavaScript they are what the reader gets.
(() => {
  if (!window.echarts) return;

  const map = document.getElementById("trustfunds-map");
  if (map) {
    const chart = echarts.init(map, null, { renderer: "canvas" });
    const data = Array.from(document.querySelectorAll("#hosts-table tbody tr[data-code]")).map((row) => ({
      name: row.dataset.code,
      value: Number(row.dataset.funds),
      label: row.dataset.name,
    }));
    map.dataset.nations = data.map((d) => d.name).join(" ");
    fetch(map.dataset.mapUrl)
      .then((response) => response.json())
      .then((world) => {
        echarts.registerMap("world", world);
        chart.setOption({
          tooltip: { trigger: "item", formatter: (p) => (p.data ? `${p.data.label} · ${p.data.value}` : p.name) },
          visualMap: { show: false, min: 0, max: Math.max(1, ...data.map((d) => d.value)), inRange: { color: ["#9ec5e8", "#0e2a47"] } },
          series: [{ type: "map", map: "world", nameProperty: "iso_a3", roam: true, emphasis: { label: { show: false } },
            itemStyle: { areaColor: "#e6e8eb", borderColor: "#ffffff", borderWidth: 0.5 }, data }],
        });
      });
    window.addEventListener("resize", () => chart.resize());
  }

  const funding = document.getElementById("funding-chart");
  const table = document.getElementById("funding-table");
  if (funding && table) {
    const rows = Array.from(table.querySelectorAll("tbody tr[data-on]"));
    const series = ["pledged", "received", "spent"].map((key) => ({
      name: table.dataset[key],
      type: "line",
      step: "end",
      data: rows.map((row) => [row.dataset.on, Number(row.dataset[key])]),
    }));
    const chart = echarts.init(funding, null, { renderer: "canvas" });
    chart.setOption({
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 30, containLabel: true },
      xAxis: { type: "time" },
      yAxis: { type: "value" },
      series,
    });
    funding.dataset.points = String(rows.length);
    window.addEventListener("resize", () => chart.resize());
  }
})();
