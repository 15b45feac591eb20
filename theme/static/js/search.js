// Static search with Pagefind: the index is built with the site, in shards
// (output/pagefind/<shard>/, listed in data-bundles); the first shard's UI
// searches all of them. Paths are worked out from this page's own address,
// so the site works from any folder.
window.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") { return; }
  // Result links are stored relative to the site root; the root is where this page lives.
  var root = new URL(".", window.location.href).pathname;
  var bundles = element.getAttribute("data-bundles").split(" ").map(function (name) {
    return root + "pagefind/" + name + "/";
  });
  var ui = new PagefindUI({
    element: "#search", baseUrl: root, bundlePath: bundles[0],
    mergeIndex: bundles.slice(1).map(function (path) { return { bundlePath: path }; }),
    showSubResults: true, showImages: false, resetStyles: false
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { ui.triggerSearch(query); }
});
