// Starts Pagefind's search UI on /search/ and runs the query from the address (?q=…), so the
// header's plain search form works. The only script on the site; no other page loads it.
(function () {
  var root = document.getElementById('search');
  if (!root || typeof PagefindUI === 'undefined') return;
  var ui = new PagefindUI({
    element: '#search',
    baseUrl: root.getAttribute('data-base') || '/',
    showImages: false,
    showSubResults: true,
    autofocus: true,
  });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
