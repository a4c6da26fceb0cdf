// Keeps the language switch pointing at the page as it is now, after htmx has changed the address.
document.addEventListener("htmx:pushedIntoHistory", () => {
  const link = document.querySelector("[data-language-switch]");
  if (!link) return;
  const url = new URL(window.location.href);
  url.searchParams.set("lang", link.getAttribute("hreflang"));
  link.setAttribute("href", url.pathname + url.search);
});
