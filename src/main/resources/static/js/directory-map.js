// Draws the nations listed in #directory-table on the world map, coloured by the group each row names
// (ALLY or a framework code). The table is the single source: the map never shows what the list does not.
(() => {
  const element = document.getElementById("directory-map");
  if (!element || !window.echarts) return;
  const chart = echarts.init(element, null, { renderer: "canvas" });
  let registered = false;

  const colours = () => {
    const result = {};
    document.querySelectorAll("#map-legend li[data-group]").forEach((item) => {
      const swatch = item.querySelector(".swatch");
      result[item.dataset.group] = {
        colour: getComputedStyle(swatch).backgroundColor,
        label: item.textContent.trim(),
      };
    });
    return result;
  };

  const rows = () =>
    Array.from(document.querySelectorAll("#directory-table tbody tr[data-nation='true']")).map((row) => ({
      name: row.dataset.code,
      group: row.dataset.group,
      label: row.dataset.name,
    }));

  const draw = () => {
    const legend = colours();
    const data = rows().map((row) => ({
      name: row.name,
      value: row.group,
      label: row.label,
      itemStyle: { areaColor: (legend[row.group] || {}).colour || "#8a8f98" },
    }));
    element.dataset.nations = data.map((d) => d.name).join(" ");
    chart.setOption(
      {
        tooltip: {
          trigger: "item",
          formatter: (p) => (p.data ? `${p.data.label} · ${(legend[p.data.value] || {}).label || ""}` : p.name),
        },
        series: [
          {
            type: "map",
            map: "world",
            nameProperty: "iso_a3",
            roam: true,
            emphasis: { label: { show: false } },
            itemStyle: { areaColor: "#e6e8eb", borderColor: "#ffffff", borderWidth: 0.5 },
            data,
          },
        ],
      },
      { replaceMerge: ["series"] },
    );
  };

  fetch(element.dataset.mapUrl)
    .then((response) => response.json())
    .then((world) => {
      echarts.registerMap("world", world);
      registered = true;
      draw();
    });

  document.body.addEventListener("htmx:afterSettle", () => registered && draw());
  window.addEventListener("resize", () => chart.resize());
})();
