// Autocomplete on the alert forms: suggestions from /api/companies and /api/people fill each
// field's <datalist>. Without JavaScript the form works the same, names are simply typed in full.
(() => {
  const wire = (inputsSelector, listId, url, label) => {
    const list = document.getElementById(listId);
    const inputs = document.querySelector(inputsSelector);
    if (!list || !inputs) return;
    let timer;
    let controller;
    inputs.addEventListener("input", (event) => {
      const q = event.target.value.trim();
      clearTimeout(timer);
      if (q.length < 2) return;
      timer = setTimeout(async () => {
        controller?.abort();
        controller = new AbortController();
        try {
          const response = await fetch(`${url}?q=${encodeURIComponent(q)}`, { signal: controller.signal });
          if (!response.ok) return;
          const { items } = await response.json();
          list.replaceChildren(
            ...items.map((item) => {
              const option = document.createElement("option");
              option.value = label(item);
              return option;
            }),
          );
        } catch {
          // Aborted by a newer keystroke, or offline: typing the full name still works.
        }
      }, 150);
    });
  };
  wire("[data-company-inputs]", "company-suggestions", "/api/companies", (c) => c.name);
  // The slug in brackets tells homonyms apart; the server reads it back.
  wire("[data-person-inputs]", "person-suggestions", "/api/people", (p) => `${p.name} (${p.slug})`);
})();
