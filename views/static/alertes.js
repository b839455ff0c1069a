// Company autocomplete on the alert forms: suggestions from /api/companies fill the shared
// <datalist>. Without JavaScript the form works the same, names are simply typed in full.
(() => {
  const list = document.getElementById("company-suggestions");
  const inputs = document.querySelector("[data-company-inputs]");
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
        const response = await fetch(`/api/companies?q=${encodeURIComponent(q)}`, {
          signal: controller.signal,
        });
        if (!response.ok) return;
        const { items } = await response.json();
        list.replaceChildren(
          ...items.map((company) => {
            const option = document.createElement("option");
            option.value = company.name;
            return option;
          }),
        );
      } catch {
        // Aborted by a newer keystroke, or offline: typing the full name still works.
      }
    }, 150);
  });
})();
