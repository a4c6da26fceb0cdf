// Draws the places listed in #places (each li with data-lat, data-lon) on the world map, centred on them. The list
// is the single source and stays the way to read the places without JavaScript.
(() => {
  const element = document.getElementById("incident-map");
  if (!element || !window.echarts) return;
  const places = Array.from(document.querySelectorAll("#places li[data-lat]")).map((item) => ({
    name: item.dataset.name,
    value: [Number(item.dataset.lon), Number(item.dataset.lat)],
  }));
  if (places.length === 0) return;
  element.hidden = false;
  const chart = echarts.init(element, null, { renderer: "canvas" });
  const lon = places.reduce((sum, p) => sum + p.value[0], 0) / places.length;
  const lat = places.reduce((sum, p) => sum + p.value[1], 0) / places.length;
  fetch(element.dataset.mapUrl)
    .then((response) => response.json())
    .then((world) => {
      echarts.registerMap("world", world);
      chart.setOption({
        tooltip: { trigger: "item", formatter: (p) => p.name },
        geo: {
          map: "world",
          roam: true,
          center: [lon, lat],
          zoom: 8,
          itemStyle: { areaColor: "#e6e8eb", borderColor: "#9aa1ab", borderWidth: 0.5 },
          emphasis: { disabled: true },
        },
        series: [{ type: "scatter", coordinateSystem: "geo", symbolSize: 12, itemStyle: { color: "#a4161a" }, data: places }],
      });
      element.dataset.drawn = String(places.length);
    });
  window.addEventListener("resize", () => chart.resize());
})();
