// The search filters: open on a wide screen, folded behind "Filtres" on a phone (the markup's
// default, so that without JavaScript a phone still shows the results first).
if (window.matchMedia("(min-width: 48rem)").matches)
  for (const panel of document.querySelectorAll("details.filters-panel")) panel.open = true;
