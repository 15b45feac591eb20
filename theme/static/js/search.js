// Static search with Pagefind: the index is built with the site (output/pagefind/).
// PagefindUI finds its bundle next to pagefind-ui.js, so this works from any folder.
window.addEventListener("DOMContentLoaded", function () {
  // Result links are stored relative to the site root; the root is where this page lives.
  var root = new URL(".", window.location.href).pathname;
  var ui = new PagefindUI({ element: "#search", baseUrl: root, showSubResults: true, showImages: false, resetStyles: false });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { ui.triggerSearch(query); }
});
