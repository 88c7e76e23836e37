// Starts Pagefind's search UI on /search/ and runs the query from the address (?q=…), so the
// masthead's search link and any saved ?q= link work. The only script on the site; no other page loads it.
// The index is a bundle per year, or per run of months in a big year (data-bundles, newest
// first, see src/lib/searchBundles.ts), merged at search time.
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
    showImages: true,
    showSubResults: true,
    autofocus: true,
    // A result's date is stored as `date` (see ArticleView); it is shown under the edition's word.
    processResult: function (result) {
      var label = root.getAttribute('data-date-label');
      if (label && result.meta && result.meta.date) {
        var meta = {};
        Object.keys(result.meta).forEach(function (key) {
          meta[key === 'date' ? label : key] = result.meta[key];
        });
        result.meta = meta;
      }
      return result;
    },
  });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
