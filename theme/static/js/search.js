// Static search with Pagefind (index built at build time into /pagefind/).
window.addEventListener("DOMContentLoaded", function () {
  var bundle = document.querySelector('script[src$="pagefind-ui.js"]').getAttribute("src").replace(/pagefind-ui\.js$/, "");
  var ui = new PagefindUI({ element: "#search", bundlePath: bundle, showSubResults: true, showImages: false, resetStyles: false });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { ui.triggerSearch(query); }
});
