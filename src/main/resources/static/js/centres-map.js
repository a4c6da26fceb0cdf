// Draws the training centres network on the world map (the directory's world.json): each nation shaded by how many
// of the listed centres belong to it. The table #network-nations is the single source and the text alternative.
(() => {
  const element = document.getElementById("centres-map");
  if (!element || !window.echarts) return;
  const rows = Array.from(document.querySelectorAll("#network-nations tbody tr[data-code]")).map((row) => ({
    name: row.dataset.code,
    value: Number(row.dataset.centres),
    label: row.dataset.name,
  }));
  const chart = echarts.init(element, null, { renderer: "canvas" });
  const max = Math.max(1, ...rows.map((r) => r.value));
  fetch(element.dataset.mapUrl)
    .then((response) => response.json())
    .then((world) => {
      echarts.registerMap("world", world);
      chart.setOption({
        tooltip: { trigger: "item", formatter: (p) => (p.data ? `${p.data.label} · ${p.data.value}` : p.name) },
        visualMap: { min: 1, max, show: false, inRange: { color: ["#9ecae1", "#08519c"] } },
        series: [
          {
            type: "map",
            map: "world",
            nameProperty: "iso_a3",
            roam: true,
            emphasis: { label: { show: false } },
            itemStyle: { areaColor: "#e6e8eb", borderColor: "#ffffff", borderWidth: 0.5 },
            data: rows,
          },
        ],
      });
      element.dataset.nations = rows.map((r) => r.name).join(" ");
    });
  window.addEventListener("resize", () => chart.resize());
})();
