// Starts Pagefind's search UI on /search/ and runs the query from the address (?q=…), so the
// masthead's search link and any saved ?q= link work, and keeps the address's ?q= as typed. The only script on the site; no other page loads it.
// The index is a bundle per year, or per run of months in a big year (data-bundles, newest
// first, see src/lib/searchBundles.ts), merged at search time.
(function () {
  var root = document.getElementById('search');
  if (!root || typeof PagefindUI === 'undefined') return;
  var bundles = (root.getAttribute('data-bundles') || '').split(' ').filter(Boolean);
  // A story's byline and topics (metadata, see src/lib/searchDocument.ts) count as its headline
  // does: a reader who searches a writer's name finds their stories before passing mentions.
  var ranking = { metaWeights: {} };
  (root.getAttribute('data-found-by') || '').split(' ').forEach(function (key) {
    if (key) ranking.metaWeights[key] = 5;
  });
  var ui = new PagefindUI({
    element: '#search',
    baseUrl: root.getAttribute('data-base') || '/',
    bundlePath: bundles[0],
    ranking: ranking,
    // Each year's bundle ranks its results itself: each is given the same weights.
    mergeIndex: bundles.slice(1).map(function (path) {
      return { bundlePath: path, ranking: ranking };
    }),
    showImages: true,
    showSubResults: true,
    autofocus: true,
    // A result's date is stored as `date` (see ArticleView); it is shown under the edition's word.
    // What a result is found by but does not show (its byline and topics, data-found-by) is
    // dropped: the result shows its headline, date, photo and the story's own words.
    processResult: function (result) {
      var label = root.getAttribute('data-date-label');
      var hidden = (root.getAttribute('data-found-by') || '').split(' ');
      if (result.meta) {
        var meta = {};
        Object.keys(result.meta).forEach(function (key) {
          if (hidden.indexOf(key) >= 0) return;
          meta[key === 'date' && label ? label : key] = result.meta[key];
        });
        result.meta = meta;
      }
      // Found by its metadata alone, no part of the story matched: it shows the story's start, as
      // Pagefind's UI shows a result's own excerpt when its first sub-result is the page itself.
      if (!result.locations || result.locations.length === 0) {
        result.sub_results = [
          {
            title: result.meta && result.meta.title,
            url: result.url,
            excerpt: result.excerpt,
            locations: [],
            weighted_locations: [],
          },
        ];
      }
      // With a match before the first heading, the UI shows the story's best excerpt and then
      // its sections: when the best is in a section, the story shows its opening's match
      // instead, so no words are printed twice and each match is shown once.
      var subs = result.sub_results || [];
      var page = (result.meta && result.meta.url) || result.url;
      if (subs.length > 1 && subs[0].url === page) {
        var twice = subs.some(function (sub, i) {
          return i > 0 && sub.excerpt === result.excerpt;
        });
        if (twice) result.excerpt = subs[0].excerpt;
      }
      return result;
    },
  });
  // Pagefind names its box only by a tooltip: the page's heading names it for screen readers.
  var box = root.querySelector('.pagefind-ui__search-input');
  var heading = document.getElementById('search-heading');
  if (box && heading) box.setAttribute('aria-labelledby', 'search-heading');
  // Once a search's results are in (Pagefind's list is drawn, none still loading), the room
  // kept for them goes, and a search that found nothing offers the archive and the topics.
  var browse = document.getElementById('search-browse');
  function settled() {
    var results = root.querySelector('.pagefind-ui__results');
    var pending = !results || root.querySelector('.pagefind-ui__loading');
    var box = root.querySelector('.pagefind-ui__search-input');
    var asked = box && box.value.trim();
    if (browse) browse.hidden = Boolean(pending || !asked || results.children.length > 0);
    if (!pending) root.classList.remove('dateline-query');
  }
  new MutationObserver(settled).observe(root, { childList: true, subtree: true });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) {
    // Results are on their way: the page keeps their room (see search.astro).
    root.classList.add('dateline-query');
    ui.triggerSearch(query);
  }
  // The address follows the box, so Back from a result, a reload or a copied address shows the
  // same results (Pagefind writes nothing there itself).
  function keep(value) {
    var url = new URL(window.location.href);
    if (value) url.searchParams.set('q', value);
    else url.searchParams.delete('q');
    try {
      history.replaceState(history.state, '', url);
    } catch (error) {
      // Safari refuses more than 100 changes in 30 seconds: the address keeps the last one.
    }
  }
  // A key let go reads the box again: not every change to it fires an input event.
  function follow(event) {
    var box = event.target;
    if (box && box.classList && box.classList.contains('pagefind-ui__search-input')) {
      keep(box.value.trim());
    }
  }
  root.addEventListener('input', follow);
  root.addEventListener('keyup', follow);
  // Pagefind's Escape empties the box and takes the focus from it: the address follows the
  // box, and the keyboard stays in it, ready for the next search.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || !root.contains(event.target)) return;
    setTimeout(function () {
      var box = root.querySelector('.pagefind-ui__search-input');
      if (!box) return;
      keep(box.value.trim());
      if (document.activeElement === document.body || !document.activeElement) box.focus();
    }, 0);
  });
  root.addEventListener('click', function (event) {
    var target = event.target;
    if (!target || !target.closest || !target.closest('.pagefind-ui__search-clear')) return;
    keep('');
    // The button hides itself once the box is empty: the keyboard goes back to the box, not
    // to the top of the page.
    setTimeout(function () {
      var box = root.querySelector('.pagefind-ui__search-input');
      if (box) box.focus();
    }, 0);
  });
})();
