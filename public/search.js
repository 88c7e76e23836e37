// Starts Pagefind's search UI on /search/ and runs the query from the address (?q=…), so the
// header's plain search form works. The only script on the site; no other page loads it.
// The index is one bundle per year (data-bundles, newest first), merged at search time.
(function () {
  var root = document.getElementById('search');
  if (!root || typeof PagefindUI === 'undefined') return;
  var bundles = (root.getAttribute('data-bundles') || '').split(' ').filter(Boolean);
  var ui = new PagefindUI({
    element: '#search',
    baseUrl: root.getAttribute('data-base') || '/',
    bundlePath: bundles[0],
    mergeIndex: bundles.slice(1).map(function (path) {
      return { bundlePath: path };
    }),
    showImages: false,
    showSubResults: true,
    autofocus: true,
  });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
