// The menu's facet counts follow a live search. Each answer carries the lists as it counts them (#menu-facets);
// they replace the options of the form's lists, but every list keeps the value it shows now: a choice made while
// the answer was on its way is never reset by it (the next answer, already requested, counts with that choice).
document.addEventListener("htmx:afterSwap", () => {
  const facets = document.getElementById("menu-facets");
  if (!facets) return;
  facets.querySelectorAll("template[data-facet]").forEach((template) => {
    const list = document.getElementById("menu-" + template.dataset.facet);
    if (!list) return;
    const chosen = list.value;
    const chosenOption = list.selectedOptions[0];
    list.replaceChildren(template.content.cloneNode(true));
    if (chosenOption && ![...list.options].some((option) => option.value === chosen)) list.append(chosenOption);
    list.value = chosen;
  });
  facets.remove();
});
